from rest_framework import parsers, status
from rest_framework.exceptions import APIException, ParseError

from apps.core.validators import UNSTORABLE_MESSAGE, find_unstorable


class UnstorableText(APIException):
    status_code = status.HTTP_400_BAD_REQUEST
    default_code = "unstorable_text"
    default_detail = UNSTORABLE_MESSAGE


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, plus a clear 400 for two kinds of body it would pass on:

    - JSON nested deeper than Python's decoder recurses. ``[[[[…]]]]`` 100,000 deep fits well
      under the 1 MiB body limit, and ``json.loads`` raises RecursionError, which DRF does not
      turn into a parse error: anyone could cause a 500.
    - strings holding ``\\u0000`` or a lone surrogate (``\\ud800``), legal JSON escapes that
      PostgreSQL (NUL) or UTF-8 (surrogates) can't store. Checked here once, for every field of
      every endpoint, keys included.
    """

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("The JSON is nested too deeply.") from None
        if find_unstorable(data):
            raise UnstorableText()
        return data
