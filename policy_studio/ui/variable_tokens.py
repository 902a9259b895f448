"""``{{variables}}`` as atomic tokens in a text editor, as a CAT tool shows its tags.

Typed as characters, a variable's braces are neutral characters to the bidi algorithm: in an
Arabic segment ``{{contact_email}}`` was drawn with its braces split off and mirrored, and a
Backspace or a click could land between them and break the variable. Here each variable is one
object character (U+FFFC) drawn as a chip with the variable's name: the cursor steps over it in
one move, Backspace and Delete remove it whole, a selection holds all of it or none of it, and
the bidi algorithm places it as one unit.

The document holds object characters; :func:`markup` gives the text back exactly as it was
written (``{{ name }}`` keeps its spaces), and :func:`set_markup` / :func:`tokenize` turn
variables in text (loaded, typed or pasted) into tokens.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from ..text.markup import VARIABLE_PATTERN

TOKEN_TYPE = int(QTextFormat.ObjectTypes.UserObject) + 1
"""The object type of a variable token in a QTextCharFormat."""
NAME = int(QTextFormat.Property.UserProperty) + 1
"""The variable's name (what the chip shows)."""
SOURCE = int(QTextFormat.Property.UserProperty) + 2
"""The markup the token stands for, exactly as written (``{{name}}`` or ``{{ name }}``)."""
OBJECT = "\ufffc"

TOKEN_FILL = QColor("#dfe6fb")
TOKEN_INK = QColor("#23408e")
PADDING = 3.0


class VariableToken(QPyTextObject):
    """Lays out and draws the token characters of one document."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def intrinsicSize(  # noqa: N802 - Qt's name
        self, doc: QTextDocument, pos: int, fmt: QTextFormat
    ) -> QSizeF:
        metrics = QFontMetricsF(fmt.toCharFormat().font())
        name = str(fmt.property(NAME) or "")
        return QSizeF(metrics.horizontalAdvance(name) + 2 * PADDING, metrics.height())

    def drawObject(  # noqa: N802 - Qt's name
        self,
        painter: QPainter,
        rect: QRectF,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        char = fmt.toCharFormat()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TOKEN_FILL)
        painter.drawRoundedRect(rect.adjusted(0.5, 1, -0.5, -1), 4, 4)
        painter.setPen(TOKEN_INK)
        painter.setFont(char.font())
        painter.drawText(
            rect,
            int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextSingleLine),
            str(fmt.property(NAME) or ""),
        )
        painter.restore()


def install(document: QTextDocument) -> VariableToken:
    """Let ``document`` lay out and draw variable tokens (keep the returned handler alive)."""
    handler = VariableToken(document)
    document.documentLayout().registerHandler(TOKEN_TYPE, handler)
    return handler


def token_format(name: str, source: str, base: QTextCharFormat | None = None) -> QTextCharFormat:
    fmt = QTextCharFormat(base) if base is not None else QTextCharFormat()
    fmt.setObjectType(TOKEN_TYPE)
    fmt.setProperty(NAME, name)
    fmt.setProperty(SOURCE, source)
    fmt.setToolTip(source)
    return fmt


def is_token(fmt: QTextFormat) -> bool:
    return fmt.objectType() == TOKEN_TYPE


def markup(document: QTextDocument, start: int = 0, end: int | None = None) -> str:
    """The document's text (or the part from ``start`` to ``end``) with every token written
    back as the markup it stands for."""
    last = document.characterCount() - 1 if end is None else end
    out: list[str] = []
    block = document.findBlock(start)
    while block.isValid() and block.position() <= last:
        if block.position() > start:
            out.append("\n")
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            first = max(start, fragment.position())
            stop = min(last, fragment.position() + fragment.length())
            if first < stop:
                text = fragment.text()[first - fragment.position() : stop - fragment.position()]
                fmt = fragment.charFormat()
                if is_token(fmt) and OBJECT in text:
                    text = text.replace(OBJECT, str(fmt.property(SOURCE) or ""))
                out.append(text)
            it += 1
        block = block.next()
    return "".join(out)


def tokenize(document: QTextDocument) -> bool:
    """Turn variables written as text (typed, pasted, loaded) into tokens; True if any was.

    Object characters never match the pattern, so a document is changed only where a whole
    ``{{name}}`` has just appeared.
    """
    found = False
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        matches = list(VARIABLE_PATTERN.finditer(block.text()))
        for match in reversed(matches):  # from the end: earlier positions stay valid
            found = True
            start = block.position() + match.start()
            cursor.setPosition(start)
            cursor.setPosition(block.position() + match.end(), QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(OBJECT, token_format(match.group(1), match.group(0)))
        block = block.next()
    return found


def set_markup(document: QTextDocument, text: str) -> None:
    """Replace the document's text by ``text``, its variables as tokens."""
    document.setPlainText(text)
    tokenize(document)
