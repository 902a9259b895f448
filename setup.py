"""Build glue that pyproject.toml cannot express: top-level data folders mapped into the package,
and the interface translations (translations/*.ts) compiled to .qm while building."""

import shutil
import subprocess
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


def _lrelease() -> str:
    """Qt's lrelease as shipped in the PySide6 wheel (a build requirement)."""
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    import PySide6

    for name in ("lrelease", "lrelease.exe"):
        candidate = Path(PySide6.__file__).parent / name
        if candidate.exists():
            return str(candidate)
    raise RuntimeError("pyside6-lrelease not found: PySide6 is needed to build the translations")


class BuildPyWithTranslations(build_py):
    """build_py that also writes policy_studio/translations/*.qm from translations/*.ts."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "policy_studio" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        for ts in sorted(Path(__file__).parent.joinpath("translations").glob("*.ts")):
            qm = target / ts.with_suffix(".qm").name
            subprocess.run([_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def _data_packages(package: str, folder: str) -> dict[str, str]:
    """``package`` → ``folder`` and one package per sub-folder, as setuptools now expects.

    A data folder that is not declared as a package is "absent from the packages
    configuration" (a warning today, an error in a later setuptools).
    """
    root = Path(__file__).parent / folder
    found = {package: folder}
    for sub in sorted(p for p in root.rglob("*") if p.is_dir()):
        parts = sub.relative_to(root).parts
        if any(part.startswith((".", "__")) for part in parts):
            continue
        found[".".join((package, *parts))] = "/".join((folder, *parts))
    return found


DATA_PACKAGES = {
    **_data_packages("policy_studio.resources", "resources"),
    **_data_packages("policy_studio.translations", "translations"),
}

setup(
    packages=find_packages(include=["policy_studio", "policy_studio.*"]) + list(DATA_PACKAGES),
    package_dir=DATA_PACKAGES,
    package_data={
        **{name: ["*"] for name in DATA_PACKAGES},
        "policy_studio.translations": ["*.ts", "*.qm"],
    },
    cmdclass={"build_py": BuildPyWithTranslations},
)
