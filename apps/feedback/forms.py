"""The feedback pages' forms. They only parse and check shapes; the rules (lengths, one follow-up,
thanks once, drafts only) live in the services, whose ValidationErrors land on these fields."""

from django import forms
from django.urls import reverse

from apps.feedback.models import ActionItem, Polarity, RecipientRole, TemplateKind, ThreadState, Topic

SOMEONE_ELSE = "new"
VIA_RECRUITER = "recruiter:"  # the contact choice that asks the representing recruiter instead


def live_tone(field: forms.Field, kind: str) -> None:
    """The live tone check on a textarea: htmx posts it (debounced) and swaps in the findings.
    Without JavaScript nothing happens here; the page's "Check the tone" button does the same."""
    field.widget.attrs.update(
        {
            "hx-post": reverse("feedback:tone-check"),
            "hx-trigger": "keyup changed delay:600ms, change",
            # A stable live region around the findings, so screen readers hear each new result.
            "hx-target": "#tone-live",
            "hx-swap": "innerHTML",
            "hx-vals": f'{{"kind": "{kind}"}}',
            "hx-sync": "this:replace",
        }
    )


class ComposerForm(forms.Form):
    """Ask one person for feedback: who, about what, and the words."""

    contact = forms.ChoiceField(
        label="Who are you asking?", required=False, help_text="Someone you met on this application, or a new person."
    )
    recipient_name = forms.CharField(label="Their name", max_length=150, required=False)
    recipient_email = forms.EmailField(
        label="Their e-mail", required=False, help_text="Needed only if Debrief sends it for you."
    )
    recipient_role = forms.ChoiceField(label="Their part", choices=RecipientRole.choices, initial=RecipientRole.OTHER)
    topics = forms.MultipleChoiceField(
        label="What would you like feedback on?",
        choices=Topic.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="One or two specific topics get more answers than “anything”.",
    )
    subject = forms.CharField(label="Subject", max_length=200, required=False)
    body = forms.CharField(label="Your message", widget=forms.Textarea(attrs={"rows": 12}), required=False)

    def __init__(self, *args, contacts=(), recruiters=(), **kwargs):
        super().__init__(*args, **kwargs)
        live_tone(self.fields["body"], TemplateKind.REQUEST)
        self.contacts = {str(contact.pk): contact for contact in contacts}
        # "Ask through your recruiter": each active representation (the recruiters app's route).
        self.recruiters = {f"{VIA_RECRUITER}{r.pk}": r for r in recruiters}
        self.fields["contact"].choices = [
            *((key, f"Ask through your recruiter: {r.recruiter.full_name}") for key, r in self.recruiters.items()),
            *((str(contact.pk), f"{contact.name} — {role}") for contact, role in self._labelled(contacts)),
            (SOMEONE_ELSE, "Someone else (type their name below)"),
        ]
        if not self.is_bound and "contact" not in self.initial:
            self.initial["contact"] = next(iter(self.contacts), SOMEONE_ELSE)

    @staticmethod
    def _labelled(contacts):
        for contact in contacts:
            yield contact, getattr(contact, "role_here", "") or contact.get_role_display()

    def clean(self):
        data = super().clean()
        choice = data.get("contact") or SOMEONE_ELSE
        data["contact_obj"] = self.contacts.get(choice)
        representation = self.recruiters.get(choice)
        data["route_id"] = representation.pk if representation is not None else None
        if representation is None and data["contact_obj"] is None and not (data.get("recipient_name") or "").strip():
            self.add_error("recipient_name", "Who are you asking? Pick a contact or type their name.")
        return data


class FollowUpForm(forms.Form):
    subject = forms.CharField(label="Subject", max_length=200, required=False)
    body = forms.CharField(label="Your follow-up", widget=forms.Textarea(attrs={"rows": 9}), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        live_tone(self.fields["body"], TemplateKind.FOLLOW_UP)


class ThankYouForm(forms.Form):
    subject = forms.CharField(label="Subject", max_length=200, required=False)
    body = forms.CharField(label="Your thank-you", widget=forms.Textarea(attrs={"rows": 8}), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        live_tone(self.fields["body"], TemplateKind.THANK_YOU)


class PastedReplyForm(forms.Form):
    answered_by_name = forms.CharField(label="Who answered?", max_length=150, required=False)
    text = forms.CharField(
        label="Their answer",
        widget=forms.Textarea(attrs={"rows": 10}),
        required=False,
        help_text="Paste the e-mail as it came. We split it into points you can tag.",
    )


class DeclinedForm(forms.Form):
    note = forms.CharField(
        label="A note for yourself (optional)",
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
    )


class ItemForm(forms.Form):
    topic = forms.ChoiceField(label="Topic", choices=Topic.choices)
    polarity = forms.ChoiceField(label="Kind", choices=Polarity.choices)
    text = forms.CharField(label="What they said", widget=forms.Textarea(attrs={"rows": 3}))


class ItemSplitForm(forms.Form):
    at = forms.IntegerField(
        label="Split after character", min_value=1, help_text="The point is cut in two at this position."
    )


class ItemMergeForm(forms.Form):
    items = forms.MultipleChoiceField(label="Points to merge", widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, items=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["items"].choices = [(str(item.pk), item.text[:80]) for item in items]

    def clean_items(self):
        chosen = self.cleaned_data["items"]
        if len(chosen) < 2:
            raise forms.ValidationError("Choose at least two points to merge into one.")
        return chosen


class ActionItemForm(forms.ModelForm):
    class Meta:
        model = ActionItem
        fields = ["title", "topic", "due_on", "notes"]
        labels = {"title": "What will you do?", "due_on": "By when?", "notes": "Progress notes"}
        help_texts = {
            "title": "Small and concrete: “Practise three STAR stories out loud”.",
            "notes": "What you tried, what worked — evidence of progress.",
        }
        widgets = {
            "due_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "notes": forms.Textarea(attrs={"rows": 4}),
        }


class TemplateForm(forms.Form):
    """One template; the page prefixes each form with its kind and posts ``kind`` beside it."""

    subject = forms.CharField(label="Subject", max_length=200)
    body = forms.CharField(label="Message", widget=forms.Textarea(attrs={"rows": 12}))


class ThreadFilterForm(forms.Form):
    state = forms.ChoiceField(label="Show", choices=[("", "All threads"), *ThreadState.choices], required=False)
