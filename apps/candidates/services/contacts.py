"""Contacts, and their part in an application."""

from django.core.exceptions import ValidationError
from django.db import transaction

from apps.candidates.models import Application, ApplicationContact, Contact
from apps.candidates.services.companies import company_resolve
from apps.candidates.services.owned import owned_application
from apps.core.services import model_update

CONTACT_FIELDS = ("name", "email", "title", "role", "notes", "company")


@transaction.atomic
def contact_create(
    *,
    owner,
    name: str,
    email: str = "",
    title: str = "",
    role: str = Contact.Role.INTERVIEWER,
    notes: str = "",
    company_id: int | None = None,
    company_name: str = "",
    application: Application | None = None,
    application_id: int | None = None,
) -> Contact:
    """Add a contact; with an application (an authorised instance, or an id from a request body) they are
    listed on it in their role."""
    if application is None and application_id is not None:
        application = owned_application(owner=owner, pk=application_id)
    contact = Contact(
        owner=owner,
        name=name.strip(),
        email=email.strip().lower(),
        title=title.strip(),
        role=role,
        notes=notes,
        company=company_resolve(owner=owner, company_id=company_id, company_name=company_name),
    )
    contact.full_clean()
    contact.save()
    if application is not None:
        application_contact_link(application=application, contact=contact, role=role)
    return contact


@transaction.atomic
def contact_update(
    *,
    contact: Contact,
    name: str | None = None,
    email: str | None = None,
    title: str | None = None,
    role: str | None = None,
    notes: str | None = None,
    company_id: int | None = None,
    company_name: str | None = None,
) -> Contact:
    """Change any of a contact's fields (None leaves one as it is). ``company_name=""`` clears the company."""
    data: dict[str, object] = {}
    for field, value in (("name", name), ("title", title), ("role", role)):
        if value is not None:
            data[field] = value.strip()
    if email is not None:
        data["email"] = email.strip().lower()
    if notes is not None:
        data["notes"] = notes
    if company_id is not None or company_name is not None:
        data["company"] = company_resolve(owner=contact.owner, company_id=company_id, company_name=company_name)
    contact, _ = model_update(instance=contact, fields=CONTACT_FIELDS, data=data)
    return contact


@transaction.atomic
def contact_delete(*, contact: Contact) -> None:
    contact.delete()


@transaction.atomic
def application_contact_link(*, application: Application, contact: Contact, role: str) -> ApplicationContact:
    if contact.owner_id != application.owner_id:
        raise ValidationError({"contact": "That contact is not one of yours."})
    link, _ = ApplicationContact.objects.get_or_create(
        application=application, contact=contact, defaults={"role": role}
    )
    if link.role != role:
        link.role = role
        link.full_clean()
        link.save(update_fields=["role"])
    return link


@transaction.atomic
def application_contact_unlink(*, application: Application, contact: Contact) -> None:
    ApplicationContact.objects.filter(application=application, contact=contact).delete()
