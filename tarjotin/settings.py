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
}

# --- Client and service guidance (tarjotin.guidance): professional login, OpenID Connect, referrals ---

# --- Monitoring (tarjotin.monitoring) ---

# --- Open API (tarjotin.api): REST framework, OpenAPI schema, throttling ---
