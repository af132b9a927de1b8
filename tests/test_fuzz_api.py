"""Schemathesis against the app's own OpenAPI spec: no 5xx, responses conform to the schema."""
import pytest
import schemathesis
from hypothesis import HealthCheck, settings

pytestmark = pytest.mark.model


@pytest.fixture()
def api_schema(extractor):
    from quotesvc.app import create_app
    from quotesvc.config import Settings

    app = create_app(settings=Settings(max_chars=2000, max_body_bytes=20_000), extractor=extractor, warm="now")
    return schemathesis.openapi.from_wsgi("/openapi.json", app)


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_fuzz_api_conforms(case):
    case.call_and_validate()
