from django import forms

from apps.reminders.digest import DIGEST_KIND
from apps.reminders.kinds import kinds_for_audience


class EmailKindsForm(forms.Form):
    """One checkbox per reminder kind this person may switch off: checked = by e-mail too."""

    email_on = forms.MultipleChoiceField(
        label="Send me these by e-mail",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Unchecked kinds still appear under the bell in Debrief.",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        kinds = kinds_for_audience(user.role)
        self.fields["email_on"].choices = [(kind.name, f"{kind.label} — {kind.description}") for kind in kinds]


class NotificationChoicesForm(EmailKindsForm):
    """The settings area's notification choices: e-mail per reminder kind, and the weekly digest
    as one control (it used to be a checkbox here and another on the settings page, and they
    could disagree)."""

    WEEKLY_DIGEST_CHOICES = [
        ("email", "By e-mail, and under the bell"),
        ("in_app", "Only under the bell in Debrief"),
        ("off", "Off"),
    ]

    weekly_digest = forms.ChoiceField(
        label="Weekly progress digest",
        choices=WEEKLY_DIGEST_CHOICES,
        widget=forms.RadioSelect,
        help_text="Monday at 09:00 your time: what moved last week and what is next. Skipped when nothing did.",
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, user=user, **kwargs)
        self.fields["email_on"].label = "Reminders by e-mail"
        self.fields["email_on"].choices = [
            choice for choice in self.fields["email_on"].choices if choice[0] != DIGEST_KIND
        ]
