"""Django settings, all read from the typed schema in tarjotin.env."""

from django.utils.translation import gettext_lazy as _

from tarjotin import env as envmod

ENV = envmod.load()
BASE_DIR = envmod.BASE_DIR
VAR_DIR = ENV.var_dir
VAR_DIR.mkdir(parents=True, exist_ok=True)

# Development gets a fixed key so `make run` needs no set-up; production refuses to start without one.
SECRET_KEY = ENV.secret_key or "dev-only-insecure-key-0f7c2b9e4d1a8356c0e2f9b7a4d6e8c1b3a5f7e9d2c4b6a8"
DEBUG = ENV.debug
ALLOWED_HOSTS = ENV.allowed_hosts

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "tarjotin.core",
    "tarjotin.geo",
    "tarjotin.catalogue",
    "tarjotin.sources",
    "tarjotin.search",
    "tarjotin.trays",
    "tarjotin.survey",
    "tarjotin.guidance",
    "tarjotin.monitoring",
    "tarjotin.quality",
    "tarjotin.api",
    "tarjotin.web",
    "rest_framework",
    "drf_spectacular",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "tarjotin.web.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session, locale and common middleware: a path prefix is moved out of path_info first.
    "tarjotin.trays.middleware.TrayMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "tarjotin.urls"
WSGI_APPLICATION = "tarjotin.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tarjotin.web.context.tray",
            ],
        },
    },
]

DATABASES = {"default": envmod.database_config(ENV.database_url, VAR_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fi"
LANGUAGES = [("fi", _("Finnish")), ("sv", _("Swedish")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "tarjotin" / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)  # WhiteNoise warns on every start when it is missing (before collectstatic)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# Result pages are kept for a short while in files shared by the web processes of one machine
# (tarjotin/web/page_cache.py); each machine keeps its own, as it keeps its own search index.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache"
        if ENV.page_cache_seconds > 0
        else "django.core.cache.backends.dummy.DummyCache",
        "LOCATION": str(VAR_DIR / "cache" / "pages"),
        "TIMEOUT": ENV.page_cache_seconds,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}

# Residents are never tracked: sessions exist only for staff who log in to the admin.
SESSION_COOKIE_AGE = 8 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

if ENV.production:
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {"django.server": {"level": "WARNING"}},
}

TARJOTIN = {
    "PTV_BASE_URL": ENV.ptv_base_url,
    "LIPAS_BASE_URL": ENV.lipas_base_url,
    "TRAY_COUNTY": ENV.tray_county,  # what a plain `source_sync ptv` syncs
    "DEFAULT_TRAY": ENV.default_tray,  # the tray of a request that no host name or prefix picks
    "TRAY_CACHE_SECONDS": 30,
    "HTTP_TIMEOUT": ENV.http_timeout,
    "HTTP_RETRIES": ENV.http_retries,
    "SEARCH_INDEX_DIR": VAR_DIR / "search-index",
    # A sync that would delete more than this share of a source's rows stops unless forced.
    "MAX_DELETE_SHARE": 0.2,
    # Visit and search counts are gathered in each web process and written this often (tarjotin/monitoring/buffer.py).
    "MONITORING_FLUSH_SECONDS": 10,
}

# --- Client and service guidance (tarjotin.guidance): professional login, OpenID Connect, referrals ---
import os  # noqa: E402

from tarjotin.guidance.config import oidc_load  # noqa: E402

LOGIN_URL = "web:guidance:login"
LOGIN_REDIRECT_URL = "web:guidance:home"
LOGOUT_REDIRECT_URL = "web:guidance:login"
TARJOTIN_GUIDANCE = {
    "REFERRAL_DAYS": 90,  # how long a referral's link works
    "LOGIN_MAX_FAILURES": 5,  # failed logins of one user name before a cool-down
    "LOGIN_COOL_DOWN_SECONDS": 15 * 60,
    # E-mailing a referral needs a mail server; without one the page offers no e-mail at all.
    "EMAIL_ENABLED": bool(os.environ.get("EMAIL_HOST")),
}
if os.environ.get("EMAIL_HOST"):
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "1") != "0"
    EMAIL_TIMEOUT = 10
    DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@tarjotin.example")
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
TARJOTIN_GUIDANCE_OIDC = oidc_load(os.environ)
if TARJOTIN_GUIDANCE_OIDC.enabled:
    AUTHENTICATION_BACKENDS.append("tarjotin.guidance.oidc.ProfessionalOIDCBackend")
    OIDC_RP_CLIENT_ID = TARJOTIN_GUIDANCE_OIDC.client_id
    OIDC_RP_CLIENT_SECRET = TARJOTIN_GUIDANCE_OIDC.client_secret
    OIDC_OP_AUTHORIZATION_ENDPOINT = TARJOTIN_GUIDANCE_OIDC.authorization_endpoint
    OIDC_OP_TOKEN_ENDPOINT = TARJOTIN_GUIDANCE_OIDC.token_endpoint
    OIDC_OP_USER_ENDPOINT = TARJOTIN_GUIDANCE_OIDC.user_endpoint
    OIDC_OP_JWKS_ENDPOINT = TARJOTIN_GUIDANCE_OIDC.jwks_endpoint or None
    OIDC_RP_SIGN_ALGO = TARJOTIN_GUIDANCE_OIDC.sign_algo
    OIDC_RP_SCOPES = TARJOTIN_GUIDANCE_OIDC.scopes
    OIDC_TIMEOUT = TARJOTIN_GUIDANCE_OIDC.timeout
    OIDC_USE_PKCE = True
    OIDC_AUTHENTICATION_CALLBACK_URL = "web:guidance:oidc-callback"
    LOGIN_REDIRECT_URL_FAILURE = "web:guidance:login"


# --- Monitoring (tarjotin.monitoring) ---
# Last, so request.tray is set and the response is final: counts a page load without cookies, IP or user agent.
MIDDLEWARE += ["tarjotin.monitoring.middleware.VisitCountMiddleware"]

# --- Open API (tarjotin.api): REST framework, OpenAPI schema, throttling ---

REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],  # read-only: no request bodies are parsed
    "DEFAULT_AUTHENTICATION_CLASSES": [],  # anonymous reads; no session, no cookie
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_THROTTLE_CLASSES": ["tarjotin.api.throttling.ClientRateThrottle"],
    # Per client and per process; the client is a keyed hash of its address, kept only in the cache.
    "DEFAULT_THROTTLE_RATES": {"client": "600/minute"},
    # Production runs behind one reverse proxy (see SECURE_PROXY_SSL_HEADER): its X-Forwarded-For names the
    # client. Elsewhere the header is ignored, so nobody escapes the throttle by sending one.
    "NUM_PROXIES": 1 if ENV.production else 0,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "tarjotin.api.errors.api_exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Tarjotin open API",
    "DESCRIPTION": "The wellbeing service tray's catalogue: services, channels, places, events, organisations, "
                   "themes, trays and search, in Finnish, Swedish and English. Read-only, anonymous, rate limited.",
    "VERSION": "1.0.0",
    "LICENSE": {"name": "CC BY 4.0 (the service descriptions come from PTV)",
                "url": "https://creativecommons.org/licenses/by/4.0/"},
    "SERVE_INCLUDE_SCHEMA": False,
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "COMPONENT_SPLIT_REQUEST": True,
    "ENUM_NAME_OVERRIDES": {"ChannelKindEnum": "tarjotin.catalogue.models.ChannelKind",
                            "TrayKindEnum": "tarjotin.trays.models.Tray.Kind"},
    "PREPROCESSING_HOOKS": ["tarjotin.api.schema.only_v1"],
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "tarjotin.api.schema.add_common"],
}
