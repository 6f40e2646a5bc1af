from django import forms

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
