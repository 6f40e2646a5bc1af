"""The recruiter portal's and the candidate's recruiter pages' forms. They only parse and check
shapes; the rules (who may be invited, codes, consent, what may be published) live in the
services, whose ValidationErrors land on these fields."""

from django import forms
from django.urls import reverse

from apps.recruiters.models import RELAY_TEXT_MAX, SourceNaming

QUEUE_KINDS = [
    ("", "Everything"),
    ("ask", "Asks waiting for a relay"),
    ("draft", "Drafts to publish"),
    ("overdue", "Overdue"),
]


class QueueFilterForm(forms.Form):
    kind = forms.ChoiceField(label="Show", choices=QUEUE_KINDS, required=False)
    candidate = forms.ChoiceField(label="Candidate", required=False)

    def __init__(self, *args, candidates=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["candidate"].choices = [("", "All candidates"), *((str(pk), name) for pk, name in candidates)]


class CandidateSearchForm(forms.Form):
    q = forms.CharField(label="Find a candidate", max_length=100, required=False)
    q.widget.attrs.update({"type": "search", "placeholder": "Name or e-mail", "autocomplete": "off"})


class CandidateInviteForm(forms.Form):
    HOW = [("email", "Send an invitation by e-mail"), ("code", "Give me a one-time code to hand over")]

    how = forms.ChoiceField(label="How should they get it?", choices=HOW, widget=forms.RadioSelect, initial="email")
    email = forms.EmailField(
        label="Their e-mail",
        required=False,
        help_text="If they have no Debrief account yet, the e-mail tells them how to sign up and accept.",
    )
    message = forms.CharField(
        label="A note with the invitation (optional)",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Say who you are and why you'd like to represent them.",
    )

    def clean(self):
        data = super().clean()
        if data.get("how") == "email" and not data.get("email") and "email" not in self.errors:
            self.add_error("email", "Type their e-mail address, or choose a one-time code instead.")
        if data.get("how") == "code":
            data["email"] = ""
        return data


class RelayForm(forms.Form):
    raw_notes = forms.CharField(
        label="Your private notes",
        required=False,
        max_length=RELAY_TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 7}),
        help_text="What the hiring manager said, as you heard it. Only your agency sees this, never the candidate.",
    )
    candidate_text = forms.CharField(
        label="What the candidate will read",
        required=False,
        max_length=RELAY_TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text="One point per paragraph. Kind, specific, and nothing that identifies anyone.",
    )
    source_naming = forms.ChoiceField(
        label="How is the source named?",
        choices=SourceNaming.choices,
        widget=forms.RadioSelect,
        initial=SourceNaming.HIRING_MANAGER,
    )

    def __init__(self, *args, check_url: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["raw_notes"].widget.attrs["class"] = "private-notes"
        if check_url:
            # The live redaction check (htmx, debounced): it posts the candidate-facing text and
            # swaps the findings into a stable live region. Without JavaScript the page's
            # "Check it" button does the same.
            self.fields["candidate_text"].widget.attrs.update(
                {
                    "hx-post": check_url,
                    "hx-trigger": "keyup changed delay:600ms, change",
                    "hx-target": "#redaction-live",
                    "hx-swap": "innerHTML",
                    "hx-sync": "this:replace",
                    "hx-include": "[name=source_naming]",
                }
            )
            # Naming the source differently changes the preview: refresh it too.
            self.fields["source_naming"].widget.attrs.update(
                {
                    "hx-post": check_url,
                    "hx-trigger": "change",
                    "hx-target": "#redaction-live",
                    "hx-swap": "innerHTML",
                    "hx-include": "[name=candidate_text]",
                }
            )


class CodeForm(forms.Form):
    code = forms.CharField(
        label="Your recruiter's code",
        max_length=20,
        help_text="Eight letters and digits, like ABCD-EFGH. Entering it lets that recruiter represent you.",
    )
    code.widget.attrs.update({"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"})


class SharesForm(forms.Form):
    applications = forms.MultipleChoiceField(
        label="Applications this recruiter sees",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="They see only what you tick, and only while you work together.",
    )

    def __init__(self, *args, applications=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["applications"].choices = [(str(a.pk), f"{a.role_title} at {a.company.name}") for a in applications]


class AgencyInviteForm(forms.Form):
    email = forms.EmailField(label="Their e-mail", help_text="The link works once and for 7 days.")


class AgencyNameForm(forms.Form):
    name = forms.CharField(label="Agency name", max_length=150, help_text="Your candidates see this name.")


def redaction_check_url(thread_id: int) -> str:
    return reverse("recruiters:relay-check", args=[thread_id])
