"""Build glue that pyproject.toml cannot express: top-level data folders mapped into the package."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["policy_studio", "policy_studio.*"])
    + ["policy_studio.resources", "policy_studio.translations"],
    package_dir={
        "policy_studio.resources": "resources",
        "policy_studio.translations": "translations",
    },
)
