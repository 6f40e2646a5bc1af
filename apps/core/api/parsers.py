from rest_framework import parsers
from rest_framework.exceptions import ParseError


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, plus a clear 400 for JSON nested deeper than Python's decoder recurses.

    ``[[[[…]]]]`` 100,000 deep fits well under the 1 MiB body limit, and ``json.loads`` raises
    RecursionError, which DRF does not turn into a parse error: anyone could cause a 500.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("The JSON is nested too deeply.") from None
