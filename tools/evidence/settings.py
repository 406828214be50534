"""The project's settings for evidence runs: the same app, with a rate limit no benchmark client reaches."""

from tarjotin.settings import *  # noqa: F403
from tarjotin.settings import REST_FRAMEWORK

# One loopback client sends thousands of requests a minute here; the throttle itself is tested in the suite.
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"client": "100000000/minute"}}
