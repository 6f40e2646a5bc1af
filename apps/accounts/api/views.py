from axes.exceptions import AxesBackendPermissionDenied
from django.contrib.auth import authenticate
from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.forms import TIMEZONE_CHOICES
from apps.accounts.selectors import preferences_for
from apps.accounts.services import api_token_create, api_token_revoke, preferences_update
from apps.core.api.throttling import ScopedRateThrottle
from apps.core.errors import ApplicationError


@extend_schema_field({"type": "string", "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$", "example": "22:00"})
class WallClockTimeField(serializers.TimeField):
    """A time of day on the person's own clock, "HH:MM" — no date and no UTC offset.

    Quiet hours follow the person's time zone setting, so an offset would contradict it.
    """

    def __init__(self, **kwargs):
        super().__init__(format="%H:%M", input_formats=["%H:%M", "%H:%M:%S"], **kwargs)


def _switchable_reminder_kinds() -> list[str]:
    from apps.reminders.kinds import kinds_all

    return sorted(kind.name for kind in kinds_all() if kind.optional)


class PreferencesOutputSerializer(serializers.Serializer):
    timezone = serializers.CharField()
    quiet_hours_start = WallClockTimeField(allow_null=True)
    quiet_hours_end = WallClockTimeField(allow_null=True)
    weekly_digest = serializers.BooleanField()
    email_off_kinds = serializers.ListField(child=serializers.CharField())


class UserOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    email = serializers.EmailField()
    full_name = serializers.CharField()
    role = serializers.CharField()
    date_joined = serializers.DateTimeField()


class TokenObtainApi(APIView):
    """Exchange e-mail and password for an API token (the same token until revoked)."""

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "auth"

    class InputSerializer(serializers.Serializer):
        email = serializers.EmailField(max_length=254)  # as User.email; longer would not fit the lockout table
        password = serializers.CharField(trim_whitespace=False, style={"input_type": "password"})

    class OutputSerializer(serializers.Serializer):
        token = serializers.CharField()
        user = UserOutputSerializer()

    @extend_schema(
        operation_id="auth_token_obtain",
        request=InputSerializer,
        responses={201: OutputSerializer},
        examples=[
            OpenApiExample(
                "Sign in", value={"email": "cara@example.com", "password": "a long passphrase"}, request_only=True
            )
        ],
    )
    def post(self, request):
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            user = authenticate(
                request._request, username=data.validated_data["email"], password=data.validated_data["password"]
            )
        except AxesBackendPermissionDenied:
            raise ApplicationError(
                "Too many failed sign-ins for this account. Wait a little, or reset your password.",
                code="locked_out",
                status=429,
            ) from None
        if user is None:
            raise ApplicationError(
                "That e-mail and password don't match an account.", code="invalid_credentials", status=400
            )
        token = api_token_create(user=user)
        return Response(self.OutputSerializer({"token": token.key, "user": user}).data, status=status.HTTP_201_CREATED)


class TokenRevokeApi(APIView):
    """Revoke the caller's API token. Scripts using it stop working at once."""

    @extend_schema(operation_id="auth_token_revoke", request=None, responses={204: None})
    def delete(self, request):
        api_token_revoke(user=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeApi(APIView):
    """Who the API thinks you are, with your notification preferences."""

    class OutputSerializer(UserOutputSerializer):
        preferences = PreferencesOutputSerializer()

    @extend_schema(operation_id="me_retrieve", responses={200: OutputSerializer})
    def get(self, request):
        user = request.user
        user.preferences = preferences_for(user=user)
        return Response(self.OutputSerializer(user).data)


class MePreferencesUpdateApi(APIView):
    """Change time zone, quiet hours, the weekly digest or e-mail-off reminder kinds."""

    class InputSerializer(serializers.Serializer):
        timezone = serializers.ChoiceField(choices=[name for name, _ in TIMEZONE_CHOICES], required=False)
        quiet_hours_start = WallClockTimeField(allow_null=True, required=False)
        quiet_hours_end = WallClockTimeField(allow_null=True, required=False)
        weekly_digest = serializers.BooleanField(required=False)
        email_off_kinds = serializers.ListField(
            child=serializers.CharField(max_length=40),
            required=False,
            max_length=50,
            help_text="Reminder kinds to stop e-mailing you about (in-app notifications still arrive).",
        )

        def validate_email_off_kinds(self, value):
            known = _switchable_reminder_kinds()
            unknown = sorted(set(value) - set(known))
            if unknown:
                raise serializers.ValidationError(
                    f"Unknown reminder kinds: {', '.join(unknown)}. Choose from: {', '.join(known)}."
                )
            return sorted(set(value))

    @extend_schema(
        operation_id="me_preferences_update", request=InputSerializer, responses={200: PreferencesOutputSerializer}
    )
    def patch(self, request):
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        preferences = preferences_update(user=request.user, **data.validated_data)
        return Response(PreferencesOutputSerializer(preferences).data)
