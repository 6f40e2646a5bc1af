"""The shape both writing checks answer in: the tone check of a candidate's request and the
redaction check of a recruiter's relay. Rule-based and explainable: every finding points at the
words it is about (character offsets into the text, 0/0 for the whole text) and says how to do
better. The API contracts (``/api/v1/tone-check/``, ``/api/v1/redaction-check/``) are these
dicts, unchanged.
"""

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True, order=True)
class Finding:
    start: int
    end: int
    code: str
    message: str = field(compare=False)
    suggestion: str = field(compare=False)

    def as_dict(self) -> dict:
        return {
            "code": self.code,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class ToneReport:
    word_count: int
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not self.findings

    def codes(self) -> set[str]:
        return {finding.code for finding in self.findings}

    def as_dict(self) -> dict:
        return {"ok": self.ok, "word_count": self.word_count, "findings": [f.as_dict() for f in self.findings]}


@dataclass(frozen=True)
class RedactionReport:
    findings: list[Finding]

    @property
    def ok(self) -> bool:
        return not self.findings

    def codes(self) -> set[str]:
        return {finding.code for finding in self.findings}

    def as_dict(self) -> dict:
        return {"ok": self.ok, "findings": [f.as_dict() for f in self.findings]}


__all__ = ["Finding", "RedactionReport", "ToneReport", "asdict"]
