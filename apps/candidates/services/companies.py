"""Companies: found by name (any letter case) or created; a company with applications stays."""

from django.core.exceptions import ValidationError
from django.db import transaction

from apps.candidates.models import Company
from apps.candidates.services.owned import owned_company
from apps.core.errors import ApplicationError
from apps.core.services import model_update

COMPANY_FIELDS = ("name", "website")


def _clean_name(name: str) -> str:
    return " ".join((name or "").split())


def company_for_name(*, owner, name: str) -> Company:
    """The owner's company of that name (any letter case), created if new. Call inside a transaction."""
    name = _clean_name(name)
    if not name:
        raise ValidationError({"company": "Name the company."})
    company = Company.objects.filter(owner=owner, name__iexact=name).first()
    if company is None:
        company = Company(owner=owner, name=name[:160])
        company.full_clean()
        company.save()
    return company


def company_resolve(*, owner, company_id: int | None = None, company_name: str | None = None) -> Company | None:
    """The company an input names: by id (one of the owner's) or by name (found or created); None if neither."""
    if company_id is not None:
        return owned_company(owner=owner, pk=company_id)
    if company_name:
        return company_for_name(owner=owner, name=company_name)
    return None


def _refuse_clash(*, owner_id: int, name: str, exclude_pk: int | None = None) -> None:
    clash = Company.objects.filter(owner_id=owner_id, name__iexact=name)
    if exclude_pk is not None:
        clash = clash.exclude(pk=exclude_pk)
    if clash.exists():
        raise ValidationError({"name": f"You already have a company called “{name}”."})


@transaction.atomic
def company_create(*, owner, name: str, website: str = "") -> Company:
    name = _clean_name(name)
    _refuse_clash(owner_id=owner.pk, name=name)
    company = Company(owner=owner, name=name, website=website)
    company.full_clean()
    company.save()
    return company


@transaction.atomic
def company_update(*, company: Company, name: str | None = None, website: str | None = None) -> Company:
    data: dict[str, object] = {}
    if name is not None:
        data["name"] = _clean_name(name)
        _refuse_clash(owner_id=company.owner_id, name=data["name"], exclude_pk=company.pk)
    if website is not None:
        data["website"] = website.strip()
    company, _ = model_update(instance=company, fields=COMPANY_FIELDS, data=data)
    return company


@transaction.atomic
def company_delete(*, company: Company) -> None:
    count = company.applications.count()
    if count:
        raise ApplicationError(
            f"{company.name} still has {count} application(s). Delete or move them first; nothing was deleted.",
            code="company_in_use",
            status=409,
        )
    company.delete()
