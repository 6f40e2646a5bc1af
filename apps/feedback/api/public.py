"""``/replies/by-token/{token}/``: the hiring manager's side, no account. GET shows what the link
may show (the candidate's name, the role, the topics asked); only the POST that submits spends it.

Unknown token: 404; answered another way, revoked, used or expired: 410 with
``reply_link_answered`` / ``_revoked`` / ``_used`` / ``_expired``. Rate limited per address and
per token (429). No session, no cookies: the token in the path is the credential, and it is
scrubbed from logs (``apps/feedback/reply_guard.py``).
"""

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import Throttled
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.client_ip import client_ip
from apps.core.api.schema import errors
from apps.feedback import selectors, services
from apps.feedback.models import Topic
from apps.feedback.reply_guard import PER_TOKEN, reply_rate_ok
from apps.feedback.services.replies import ANSWER_MAX_CHARS, reply_link_problem_error

GONE = {
    410: "This request was answered another way, or the link was revoked, already used, or has expired "
    "(`error.code` says which)."
}


class ReplyByTokenApi(APIView):
    authentication_classes = ()
    permission_classes = (AllowAny,)

    class TopicOutput(serializers.Serializer):
        value = serializers.ChoiceField(choices=Topic.choices)
        label = serializers.CharField()
        question = serializers.CharField()

    class PageOutput(serializers.Serializer):
        candidate_name = serializers.CharField()
        role_title = serializers.CharField()
        company = serializers.CharField()
        topics = serializers.ListField(child=serializers.DictField())
        expires_at = serializers.DateTimeField()

    class AnswerInput(serializers.Serializer):
        answers = serializers.DictField(
            child=serializers.CharField(max_length=ANSWER_MAX_CHARS, allow_blank=True),
            required=False,
            help_text="Topic → your answer, for the topics asked.",
        )
        free_text = serializers.CharField(max_length=ANSWER_MAX_CHARS, required=False, allow_blank=True)
        declined = serializers.BooleanField(default=False, help_text="“I'd rather not say.”")
        answered_by_name = serializers.CharField(max_length=150, required=False, allow_blank=True)

    class AnswerOutput(serializers.Serializer):
        received = serializers.BooleanField()
        declined = serializers.BooleanField()

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if not reply_rate_ok(address=client_ip(request) or "unknown", token=kwargs.get("token", "")):
            raise Throttled(wait=PER_TOKEN[1])

    def _page(self, token: str):
        page = selectors.reply_page_for(token=token)
        if page is None:
            raise reply_link_problem_error("unknown")
        if page.problem:
            raise reply_link_problem_error(page.problem)
        return page

    @extend_schema(
        operation_id="replies_by_token_retrieve",
        auth=[],
        responses={200: PageOutput, **errors(410, descriptions=GONE)},
        description="What the link shows. Reading it never uses it up.",
    )
    def get(self, request, token):
        page = self._page(token)
        return Response(
            self.PageOutput(
                {
                    "candidate_name": page.candidate_name,
                    "role_title": page.role_title,
                    "company": page.company,
                    "topics": [vars(topic) for topic in page.topics],
                    "expires_at": page.expires_at,
                }
            ).data
        )

    @extend_schema(
        operation_id="replies_by_token_create",
        auth=[],
        request=AnswerInput,
        responses={201: AnswerOutput, **errors(410, descriptions=GONE)},
        description="Answer (or decline) once. This is the only thing that uses the link up.",
        examples=[
            OpenApiExample(
                "Two points",
                request_only=True,
                value={"answers": {"interview": "More concrete examples."}, "free_text": "Your CV was clear."},
            )
        ],
    )
    def post(self, request, token):
        data = self.AnswerInput(data=request.data)
        data.is_valid(raise_exception=True)
        reply = services.reply_submit(token=token, **data.validated_data)
        return Response(
            self.AnswerOutput({"received": True, "declined": reply.declined}).data, status=status.HTTP_201_CREATED
        )
