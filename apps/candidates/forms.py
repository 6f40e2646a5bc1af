import zoneinfo
from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from apps.accounts.forms import TIMEZONE_CHOICES
from apps.candidates.exporting import DELETE_PHRASE
from apps.candidates.importing import MAX_UPLOAD_BYTES, TARGETS
from apps.candidates.models import (
    Application,
    CandidateProfile,
    Contact,
    Interview,
    Stage,
)
from apps.candidates.permissions import contacts_visible_to
from apps.candidates.selectors import APPLICATION_SORTS
from apps.core.forms import DateField, DateTimeField
from apps.core.widgets import LongSelect

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
SORT_LABELS = {
    "newest": "Newest first",
    "oldest": "Oldest first",
    "updated": "Recently moved",
    "company": "Company A–Z",
    "role": "Role A–Z",
}


class ApplicationFilterForm(forms.Form):
    q = forms.CharField(
        label="Search",
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": "Role, company or notes"}),
    )
    stage = forms.ChoiceField(label="Stage", required=False, choices=[("", "All stages"), *Stage.choices])
    sort = forms.ChoiceField(
        label="Sort", required=False, choices=[(key, SORT_LABELS[key]) for key in APPLICATION_SORTS]
    )


class ApplicationForm(forms.Form):
    company_name = forms.CharField(
        label="Company", max_length=160, widget=forms.TextInput(attrs={"list": "company-names", "autocomplete": "off"})
    )
    role_title = forms.CharField(label="Role", max_length=200)
    applied_on = DateField(label="Date applied", widget=DATE)
    job_url = forms.URLField(label="Link to the job ad", required=False, max_length=500, assume_scheme="https")
    source = forms.CharField(
        label="Where you found it",
        required=False,
        max_length=100,
        help_text="A job board, a referral, the company's site…",
    )
    stage = forms.ChoiceField(
        label="Where it stands now",
        choices=[(value, label) for value, label in Stage.choices if value != Stage.REJECTED],
        initial=Stage.APPLIED,
        help_text="Turned down already? Add it, then use “Mark as rejected” to record how.",
    )
    notes = forms.CharField(label="Notes", required=False, widget=forms.Textarea(attrs={"rows": 4}))

    def __init__(self, *args, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:
            del self.fields["stage"]
        if not self.is_bound and "applied_on" not in self.initial:
            self.initial["applied_on"] = timezone.localdate()


class StageForm(forms.Form):
    to_stage = forms.ChoiceField(label="Move to")
    note = forms.CharField(label="Note (optional)", required=False, max_length=300)
    happened_on = DateField(
        label="When (optional)",
        required=False,
        widget=DATE,
        help_text="The day it happened, if not today. The timeline shows this date.",
    )

    def __init__(self, *args, application: Application, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_stage"].choices = [
            (stage, Stage(stage).label) for stage in application.allowed_next_stages if stage != Stage.REJECTED
        ]


class RejectForm(forms.Form):
    rejected_on = DateField(label="When did you hear?", widget=DATE)
    rejection_via = forms.ChoiceField(label="How did it arrive?", choices=Application.RejectionVia.choices)
    rejection_stage_reached = forms.ChoiceField(
        label="How far had you got?",
        required=False,
        choices=[
            ("", "As far as Debrief has it"),
            *[(s, Stage(s).label) for s in Stage.REJECTABLE],
        ],
    )
    rejection_reason = forms.CharField(
        label="Reason, if they gave one",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Their words, as near as you remember. It helps spot patterns later.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("rejected_on", timezone.localdate())
            self.initial.setdefault("rejection_via", Application.RejectionVia.EMAIL)

    def clean_rejected_on(self):
        value = self.cleaned_data["rejected_on"]
        if value > timezone.localdate():
            raise ValidationError("That date is in the future. When did the answer arrive?")
        return value


class InterviewForm(forms.Form):
    starts_at = DateTimeField(
        label="When",
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S"],
    )
    timezone = forms.CharField(label="Time zone of that time", widget=LongSelect(choices=TIMEZONE_CHOICES))
    duration_minutes = forms.IntegerField(label="Length (minutes)", min_value=5, max_value=24 * 60, initial=45)
    kind = forms.ChoiceField(label="Kind", choices=Interview.Kind.choices, initial=Interview.Kind.VIDEO)
    location = forms.CharField(label="Place or video link", required=False, max_length=300)
    interviewers = forms.ModelMultipleChoiceField(
        label="Interviewers",
        required=False,
        queryset=Contact.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text="Add people on the Contacts page first; they appear here.",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["interviewers"].queryset = contacts_visible_to(user).select_related("company")
        self.fields["interviewers"].label_from_instance = lambda c: f"{c.name}" + (f" — {c.title}" if c.title else "")

    def clean_timezone(self):
        name = self.cleaned_data["timezone"].strip()
        if name not in zoneinfo.available_timezones():
            raise ValidationError(
                f"“{name}” is not a time zone we know. Pick one from the list, like Europe/Berlin. Nothing was saved."
            )
        return name

    def clean(self):
        data = super().clean()
        starts_at, name = data.get("starts_at"), data.get("timezone")
        if starts_at and name:
            naive = timezone.make_naive(starts_at) if timezone.is_aware(starts_at) else starts_at
            data["starts_at"] = datetime.combine(naive.date(), naive.time(), tzinfo=zoneinfo.ZoneInfo(name))
        return data


class DebriefForm(forms.ModelForm):
    class Meta:
        model = Interview
        fields = list(Interview.JOURNAL_FIELDS)
        labels = {
            "asked": "What did they ask?",
            "answered": "What did you answer?",
            "went_well": "What went well?",
            "do_differently": "What would you do differently?",
            "cues": "Cues you noticed",
        }
        help_texts = {
            "asked": "The questions as you remember them, one per line.",
            "cues": "Their reactions, follow-up questions, what they lingered on.",
        }
        widgets = {name: forms.Textarea(attrs={"rows": 3}) for name in Interview.JOURNAL_FIELDS}


class ContactForm(forms.Form):
    name = forms.CharField(label="Name", max_length=150)
    email = forms.EmailField(label="E-mail", required=False)
    title = forms.CharField(label="Job title", required=False, max_length=150)
    company_name = forms.CharField(
        label="Company",
        required=False,
        max_length=160,
        widget=forms.TextInput(attrs={"list": "company-names", "autocomplete": "off"}),
    )
    role = forms.ChoiceField(label="Their part", choices=Contact.Role.choices, initial=Contact.Role.INTERVIEWER)
    notes = forms.CharField(label="Notes", required=False, widget=forms.Textarea(attrs={"rows": 3}))


class ProfileForm(forms.ModelForm):
    timezone = forms.ChoiceField(
        label="Time zone for interviews",
        required=False,
        choices=[("", "Same as my reminder settings"), *TIMEZONE_CHOICES],
        widget=LongSelect,
    )

    class Meta:
        model = CandidateProfile
        fields = ["headline", "target_roles", "location", "timezone"]
        labels = {
            "headline": "Headline",
            "target_roles": "Roles you're aiming for",
            "location": "Where you want to work",
        }


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text=f"Up to {MAX_UPLOAD_BYTES // 1024 // 1024} MB. The first row names the columns.",
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(
                f"This file is {upload.size / 1024 / 1024:.1f} MB; the limit is {MAX_UPLOAD_BYTES // 1024 // 1024} MB. "
                "Split it into smaller files and import them one by one. Nothing was imported."
            )
        return upload


class ImportMappingForm(forms.Form):
    def __init__(self, *args, header: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [
            ("", "— not in this file —"),
            *[(str(index), name or f"Column {index + 1}") for index, name in enumerate(header)],
        ]
        for target in TARGETS:
            self.fields[target.name] = forms.ChoiceField(
                label=target.label + ("" if target.required else " (optional)"),
                choices=choices,
                required=target.required,
            )


class DeleteAccountForm(forms.Form):
    confirmation = forms.CharField(
        label=f"Type “{DELETE_PHRASE}” to confirm",
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def clean_confirmation(self):
        value = " ".join(self.cleaned_data["confirmation"].lower().split())
        if value != DELETE_PHRASE:
            raise ValidationError(f"Type “{DELETE_PHRASE}” exactly. Nothing was deleted.")
        return value
