from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError

from apps.accounts.models import NotificationPreferences, User, known_timezones
from apps.accounts.services import SIGNUP_ROLES
from apps.core.widgets import LongSelect

TIMEZONE_CHOICES = [(name, name.replace("_", " ")) for name in sorted(known_timezones())]


class SignupForm(forms.Form):
    role = forms.ChoiceField(
        label="I am",
        choices=[
            (User.Role.CANDIDATE, "Looking for a job — I want feedback after rejections"),
            (User.Role.RECRUITER, "A recruiter or career coach — I relay feedback to candidates"),
        ],
        initial=User.Role.CANDIDATE,
        widget=forms.RadioSelect,
    )
    full_name = forms.CharField(label="Your name", max_length=150)
    email = forms.EmailField(label="E-mail address", max_length=254)
    password = forms.CharField(
        label="Password",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text="At least 10 characters, not a common password.",
    )
    timezone = forms.ChoiceField(label="Your time zone", choices=TIMEZONE_CHOICES, initial="UTC", widget=LongSelect)

    def clean_role(self):
        role = self.cleaned_data["role"]
        if role not in SIGNUP_ROLES:
            raise ValidationError("Choose candidate or recruiter.")
        return role


class EmailAuthenticationForm(AuthenticationForm):
    # max_length as on User.email: a longer address cannot be an account, and a failed attempt
    # with it would not fit the lockout table (255 characters; PostgreSQL refuses, a 500).
    username = forms.EmailField(
        label="E-mail address",
        max_length=254,
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )
    error_messages = {
        "invalid_login": "That e-mail and password don't match an account. Check both, or reset your password.",
        "inactive": "This account is switched off. Write to your Debrief operator to turn it back on.",
    }


class ProfileForm(forms.Form):
    full_name = forms.CharField(label="Your name", max_length=150)


class TimeForm(forms.ModelForm):
    """Time zone and quiet hours: when reminders may arrive."""

    timezone = forms.ChoiceField(
        label="Time zone",
        choices=TIMEZONE_CHOICES,
        widget=LongSelect,
        help_text="Dates, times and reminders follow it.",
    )

    class Meta:
        model = NotificationPreferences
        fields = ["timezone", "quiet_hours_start", "quiet_hours_end"]
        labels = {"quiet_hours_start": "Quiet hours start", "quiet_hours_end": "Quiet hours end"}
        help_texts = {
            "quiet_hours_start": "No reminder e-mails between these times, your time. Leave both empty for none.",
        }
        widgets = {
            "quiet_hours_start": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
            "quiet_hours_end": forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
        }


class TokenCreateForm(forms.Form):
    name = forms.CharField(
        label="Name",
        max_length=80,
        help_text="The script or device that will use it, such as “Backup script” or “Phone”.",
    )
    expires_in_days = forms.TypedChoiceField(
        label="Expires",
        choices=[("", "Never"), ("30", "In 30 days"), ("90", "In 90 days"), ("365", "In a year")],
        coerce=int,
        empty_value=None,
        required=False,
    )
