from axes.exceptions import AxesBackendPermissionDenied
from django.contrib.auth import authenticate
from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.accounts.lockout import lockout_seconds
from apps.accounts.models import ApiToken, validate_timezone
from apps.accounts.permissions import api_tokens_visible_to, can_change_api_token
from apps.accounts.selectors import preferences_for
from apps.accounts.services import TOKEN_LIFETIME_DAYS_MAX, api_token_create, api_token_revoke, preferences_update
from apps.core.api.pagination import CursorPagination
from apps.core.api.scoping import ScopedApi, ScopedListApi
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


class TokenOutputSerializer(serializers.Serializer):
    """A token as listed: never its key (only a digest is stored)."""

    id = serializers.IntegerField()
    name = serializers.CharField()
    prefix = serializers.CharField(help_text="The key's first characters, to tell tokens apart.")
    created_at = serializers.DateTimeField()
    last_used_at = serializers.DateTimeField(allow_null=True, help_text="To the minute.")
    expires_at = serializers.DateTimeField(allow_null=True)


class NewTokenOutputSerializer(TokenOutputSerializer):
    token = serializers.CharField(help_text="The key. Shown this once: store it now.")
    user = UserOutputSerializer()


class TokenInputSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=80, required=False, help_text="The script or device that will use it.")
    expires_in_days = serializers.IntegerField(
        min_value=1, max_value=TOKEN_LIFETIME_DAYS_MAX, required=False, allow_null=True, help_text="Empty: no expiry."
    )


class CredentialsInputSerializer(TokenInputSerializer):
    email = serializers.EmailField(max_length=254)  # as User.email; longer would not fit the lockout table
    password = serializers.CharField(trim_whitespace=False, style={"input_type": "password"})


def _user_for_credentials(request, email: str, password: str):
    try:
        user = authenticate(request._request, username=email, password=password)
    except AxesBackendPermissionDenied:
        raise ApplicationError(
            "Too many failed sign-ins for this account. Wait a little, or reset your password.",
            code="locked_out",
            status=429,
            extra={"retry_after": lockout_seconds()},
        ) from None
    if user is None:
        raise ApplicationError(
            "That e-mail and password don't match an account.", code="invalid_credentials", status=400
        )
    return user


def _new_token_response(user, data: dict, default_name: str) -> Response:
    token, key = api_token_create(
        user=user, name=data.get("name") or default_name, expires_in_days=data.get("expires_in_days")
    )
    token.token, token.user = key, user
    return Response(NewTokenOutputSerializer(token).data, status=status.HTTP_201_CREATED)


class TokenObtainApi(APIView):
    """Log in: exchange e-mail and password for a new API token (each call makes another one).

    The same as POST /api/v1/auth/tokens/ with credentials; kept for scripts written against it.
    """

    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "auth"

    InputSerializer = CredentialsInputSerializer

    @extend_schema(
        operation_id="auth_token_obtain",
        request=CredentialsInputSerializer,
        responses={201: NewTokenOutputSerializer},
        examples=[
            OpenApiExample(
                "Log in", value={"email": "cara@example.com", "password": "a long passphrase"}, request_only=True
            )
        ],
    )
    def post(self, request):
        data = CredentialsInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user = _user_for_credentials(request, data.validated_data["email"], data.validated_data["password"])
        return _new_token_response(user, data.validated_data, default_name="API log-in")


class TokensApi(ScopedListApi):
    """Your API tokens (GET), and a new named one (POST).

    One class because DRF routes one path to one view; each method is one operation with its
    own serializers, permission and throttle. POST needs e-mail and password, unless the
    caller has a browser session: a leaked token must not be able to mint more tokens.
    """

    scope = api_tokens_visible_to
    serializer_class = TokenOutputSerializer
    pagination_class = CursorPagination
    filter_backends = []
    throttle_scope = "auth"

    def get_permissions(self):
        if self.request.method == "POST":
            return [AllowAny()]
        return super().get_permissions()

    def get_throttles(self):
        if self.request.method == "POST":
            return [ScopedRateThrottle()]
        return super().get_throttles()

    @extend_schema(operation_id="auth_tokens_list")
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(
        operation_id="auth_tokens_create",
        request=CredentialsInputSerializer,
        responses={201: NewTokenOutputSerializer},
        description="With a browser session, `email` and `password` may be left out.",
        examples=[
            OpenApiExample(
                "A token for a script",
                value={"email": "cara@example.com", "password": "a long passphrase", "name": "Backup script"},
                request_only=True,
            )
        ],
    )
    def post(self, request):
        has_session = request.user.is_authenticated and request.auth is None
        serializer = TokenInputSerializer if has_session else CredentialsInputSerializer
        data = serializer(data=request.data)
        data.is_valid(raise_exception=True)
        if has_session:
            user = request.user
        else:
            user = _user_for_credentials(request, data.validated_data["email"], data.validated_data["password"])
        return _new_token_response(user, data.validated_data, default_name="API token")


class TokenRevokeApi(ScopedApi):
    """Revoke one of your tokens; scripts using it stop working at once. Another person's is a 404."""

    scope = api_tokens_visible_to
    can_change = can_change_api_token

    @extend_schema(operation_id="auth_tokens_revoke", request=None, responses={204: None})
    def delete(self, request, pk):
        api_token_revoke(token=self.get_object(for_change=True), actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class TokenRevokeCurrentApi(APIView):
    """Revoke the token this request is signed with (log out a script). With a browser session
    there is no such token, and nothing changes."""

    @extend_schema(operation_id="auth_token_revoke", request=None, responses={204: None})
    def delete(self, request):
        if isinstance(request.auth, ApiToken):
            api_token_revoke(token=request.auth, actor=request.user)
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
        # A string checked on the server, not an enum: the zone list differs between hosts, and
        # generated clients choke on ~600 enum members whose names collide once sanitised.
        timezone = serializers.CharField(
            max_length=64,
            required=False,
            validators=[validate_timezone],
            help_text="An IANA time zone name, such as Europe/Berlin or America/New_York.",
        )
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
