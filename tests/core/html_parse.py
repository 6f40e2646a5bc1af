"""A small HTML reader for page tests: elements with their attributes, inline scripts, text."""

from html.parser import HTMLParser


class Page(HTMLParser):
    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: list | None = None
        self._text: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attributes = {name: (value if value is not None else "") for name, value in attrs}
        self.elements.append((tag, attributes))
        if tag == "script":
            self._script = [attributes, ""]

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, {name: (value if value is not None else "") for name, value in attrs}))

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script[0], self._script[1]))
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self._script[1] += data
        else:
            self._text.append(data)

    @property
    def text(self) -> str:
        """Visible text with whitespace collapsed, for phrase checks."""
        return " ".join(" ".join(self._text).split())

    def find_all(self, tag: str, **attrs) -> list[dict]:
        return [
            found
            for name, found in self.elements
            if name == tag and all(found.get(key.rstrip("_")) == value for key, value in attrs.items())
        ]


def parse(response) -> Page:
    return Page(response.content.decode())
