"""``/companies/`` (list, add) and ``/companies/{id}/`` (read, rename, delete)."""

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response

from apps.accounts.permissions import IsCandidate
from apps.candidates import services
from apps.candidates.api.filters import CompanyFilter
from apps.candidates.api.serializers import CompanyOutputSerializer
from apps.candidates.permissions import can_change_company, companies_visible_to
from apps.core.api.schema import errors
from apps.core.api.scoping import ScopedApi, ScopedListApi


class CompaniesApi(ScopedListApi):
    scope = companies_visible_to
    write_permission_classes = (IsCandidate,)
    serializer_class = CompanyOutputSerializer
    filterset_class = CompanyFilter
    ordering_fields = ["created_at", "name"]
    ordering = ["-created_at"]

    class CreateInput(serializers.Serializer):
        name = serializers.CharField(max_length=160)
        website = serializers.URLField(required=False, allow_blank=True)

    @extend_schema(operation_id="companies_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="companies_create",
        request=CreateInput,
        responses={201: CompanyOutputSerializer, **errors(400, 403)},
        examples=[
            OpenApiExample(
                "A company", request_only=True, value={"name": "Northwind", "website": "https://northwind.example"}
            )
        ],
    )
    def post(self, request):
        data = self.CreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        company = services.company_create(owner=request.user, **data.validated_data)
        return Response(CompanyOutputSerializer(company).data, status=status.HTTP_201_CREATED)


class CompanyApi(ScopedApi):
    scope = companies_visible_to
    can_change = can_change_company

    class UpdateInput(serializers.Serializer):
        name = serializers.CharField(max_length=160, required=False)
        website = serializers.URLField(required=False, allow_blank=True)

    @extend_schema(operation_id="companies_retrieve", responses={200: CompanyOutputSerializer})
    def get(self, request, pk):
        return Response(CompanyOutputSerializer(self.get_object()).data)

    @extend_schema(
        operation_id="companies_update",
        request=UpdateInput,
        responses={200: CompanyOutputSerializer, **errors(400, 403)},
        examples=[OpenApiExample("Rename", request_only=True, value={"name": "Northwind Traders"})],
    )
    def patch(self, request, pk):
        company = self.get_object(for_change=True)
        data = self.UpdateInput(data=request.data)
        data.is_valid(raise_exception=True)
        company = services.company_update(company=company, **data.validated_data)
        return Response(CompanyOutputSerializer(company).data)

    @extend_schema(
        operation_id="companies_delete",
        responses={
            204: None,
            **errors(403, 409, descriptions={409: "The company still has applications; nothing changed."}),
        },
    )
    def delete(self, request, pk):
        services.company_delete(company=self.get_object(for_change=True))
        return Response(status=status.HTTP_204_NO_CONTENT)
