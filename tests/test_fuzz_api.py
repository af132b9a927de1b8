"""Schemathesis against the app's own OpenAPI spec: no 5xx, responses conform to the schema.

Driven directly (one Hypothesis run per operation) rather than through schemathesis' pytest
plugin, which does not run under pytest 9.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def api_schema(extractor):
    from quotesvc.app import create_app
    from quotesvc.config import Settings
    from quotesvc.service import WarmUp

    app = create_app(
        Settings(max_chars=2000, max_body_bytes=20_000, access_log=False), extractor=extractor, warm=WarmUp.NOW
    )
    return schemathesis.openapi.from_wsgi("/openapi.json", app)


def test_fuzz_api_conforms(api_schema):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert {op.path for op in operations} >= {"/v1/quotes", "/v1/quotes/batch", "/readyz"}
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=int(__import__("os").environ.get("FUZZ_EXAMPLES", "25")),
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case):
            case.call_and_validate()

        run()
