"""``/contacts/`` (list, add) and ``/contacts/{id}/`` (read, change, delete)."""

from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers, status
from rest_framework.response import Response

from apps.accounts.permissions import IsCandidate
from apps.candidates import services
from apps.candidates.api.filters import ContactFilter
from apps.candidates.api.serializers import CompanyByNameInput, ContactOutputSerializer, IdField
from apps.candidates.models import Contact
from apps.candidates.permissions import can_change_contact, contacts_visible_to
from apps.core.api.schema import errors
from apps.core.api.scoping import ScopedApi, ScopedListApi


class _ContactInput(CompanyByNameInput):
    name = serializers.CharField(max_length=150)
    email = serializers.EmailField(required=False, allow_blank=True)
    title = serializers.CharField(max_length=150, required=False, allow_blank=True)
    role = serializers.ChoiceField(choices=Contact.Role.choices, required=False)
    notes = serializers.CharField(required=False, allow_blank=True, max_length=20000)


class ContactsApi(ScopedListApi):
    """Your contacts: list (filter by company, role, application or text; 1 query a page) and add one;
    with ``application_id`` they are listed on that application in their role."""

    scope = contacts_visible_to
    write_permission_classes = (IsCandidate,)
    serializer_class = ContactOutputSerializer
    filterset_class = ContactFilter
    ordering_fields = ["created_at", "name"]
    ordering = ["-created_at"]

    def refine(self, queryset):
        return queryset.select_related("company")

    class CreateInput(_ContactInput):
        application_id = IdField(required=False, help_text="One of your applications.")

    @extend_schema(operation_id="contacts_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="contacts_create",
        request=CreateInput,
        responses={201: ContactOutputSerializer, **errors(400, 403)},
        examples=[
            OpenApiExample(
                "The hiring manager",
                request_only=True,
                value={
                    "name": "Dana Reyes",
                    "email": "dana@northwind.example",
                    "title": "Head of Analytics",
                    "company_name": "Northwind",
                    "role": "hiring_manager",
                    "application_id": 1,
                },
            )
        ],
    )
    def post(self, request):
        data = self.CreateInput(data=request.data)
        data.is_valid(raise_exception=True)
        contact = services.contact_create(owner=request.user, **data.validated_data)
        return Response(ContactOutputSerializer(self.get_object_by_pk(contact.pk)).data, status=status.HTTP_201_CREATED)


class ContactApi(ScopedApi):
    scope = contacts_visible_to
    can_change = can_change_contact

    def refine(self, queryset):
        return queryset.select_related("company")

    class UpdateInput(_ContactInput):
        name = serializers.CharField(max_length=150, required=False)

    @extend_schema(operation_id="contacts_retrieve", responses={200: ContactOutputSerializer})
    def get(self, request, pk):
        return Response(ContactOutputSerializer(self.get_object()).data)

    @extend_schema(
        operation_id="contacts_update",
        request=UpdateInput,
        responses={200: ContactOutputSerializer, **errors(400, 403)},
        examples=[OpenApiExample("New title", request_only=True, value={"title": "Director of Analytics"})],
    )
    def patch(self, request, pk):
        contact = self.get_object(for_change=True)
        data = self.UpdateInput(data=request.data)
        data.is_valid(raise_exception=True)
        services.contact_update(contact=contact, **data.validated_data)
        return Response(ContactOutputSerializer(self.get_object()).data)

    @extend_schema(operation_id="contacts_delete", responses={204: None, **errors(403)})
    def delete(self, request, pk):
        services.contact_delete(contact=self.get_object(for_change=True))
        return Response(status=status.HTTP_204_NO_CONTENT)
