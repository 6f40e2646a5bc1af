"""What a representing recruiter reads of a candidate: ``/represented-candidates/`` (the people
who accepted you), ``/represented-candidates/{id}/`` (with the applications they share),
``/shared-applications/{id}/`` and ``/shared-threads/{id}/``. Each read is written to the
candidate's audit log; anything not shared with an ACTIVE representation of yours is a 404."""

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response

from apps.accounts.permissions import IsRecruiter
from apps.core.api.scoping import ScopedApi, ScopedListApi
from apps.recruiters import selectors, services
from apps.recruiters.api import serializers as out
from apps.recruiters.permissions import candidates_visible_to


def _active_representations(user):
    return selectors.candidates_of(recruiter=user)


class CandidatesApi(ScopedListApi):
    """The candidates who accepted your representation, with how much they share, their open
    threads and the last activity. 1 query a page, plus 1 INSERT for the audit rows."""

    permission_classes = (IsRecruiter,)
    scope = _active_representations
    serializer_class = out.CandidateRowSerializer
    ordering_fields = ["created_at", "accepted_at"]
    ordering = ["-created_at"]

    def get_queryset(self):
        return selectors.candidates_of(recruiter=self.request.user)

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        services.audit_recruiter_read(
            recruiter=self.request.user,
            what="candidate list",
            candidate_ids=[row.candidate_id for row in page or []],
            via="api",
        )
        return page

    @extend_schema(operation_id="represented_candidates_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)


class CandidateApi(ScopedApi):
    permission_classes = (IsRecruiter,)
    scope = candidates_visible_to

    @extend_schema(
        operation_id="represented_candidates_retrieve",
        responses={200: out.CandidateDetailSerializer},
        description="A candidate you represent, with the applications they share with you (audited).",
    )
    def get(self, request, pk):
        representation = selectors.candidate_detail(recruiter=request.user, candidate_id=pk)
        services.audit_recruiter_read(
            recruiter=request.user, what="shared applications", candidate_ids=[representation.candidate_id], via="api"
        )
        return Response(out.CandidateDetailSerializer(representation).data)


class SharedApplicationApi(ScopedApi):
    permission_classes = (IsRecruiter,)
    scope = candidates_visible_to  # the object itself is fetched by the selector, in the same scope rule

    @extend_schema(
        operation_id="shared_applications_retrieve",
        responses={200: out.SharedApplicationDetailSerializer},
        description="One application shared with you, with its interviews (no private notes). Audited.",
    )
    def get(self, request, pk):
        application = selectors.shared_application_detail(recruiter=request.user, pk=pk)
        services.audit_recruiter_read(
            recruiter=request.user,
            what="application",
            candidate_ids=[application.owner_id],
            target=application,
            via="api",
        )
        return Response(out.SharedApplicationDetailSerializer(application).data)


class SharedThreadApi(ScopedApi):
    permission_classes = (IsRecruiter,)
    scope = candidates_visible_to

    @extend_schema(
        operation_id="shared_threads_retrieve",
        responses={200: out.SharedThreadSerializer},
        description="The feedback thread of an application shared with you: who was asked about what, "
        "and what came back (the message itself only when it was addressed to you). Audited.",
    )
    def get(self, request, pk):
        thread, asked_you = selectors.shared_thread_detail(recruiter=request.user, pk=pk)
        services.audit_recruiter_read(
            recruiter=request.user, what="feedback thread", candidate_ids=[thread.owner_id], target=thread, via="api"
        )
        return Response(out.SharedThreadSerializer(thread, context={"asked_you": asked_you}).data)
