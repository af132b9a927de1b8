import pytest

from quotesvc.config import Settings


def test_config_from_env_reads_prefixed_variables():
    s = Settings.from_env(
        {
            "QUOTESVC_MAX_CHARS": "500",
            "QUOTESVC_TIMEOUT": "2.5",
            "QUOTESVC_ACCESS_LOG": "false",
            "QUOTESVC_MODEL_DIR": "/models",
        }
    )
    assert (s.max_chars, s.timeout, s.access_log, s.model_dir) == (500, 2.5, False, "/models")
    assert Settings.from_env({}).max_chars == 100_000


def test_config_bad_value_names_the_variable():
    with pytest.raises(ValueError, match="QUOTESVC_MAX_BATCH"):
        Settings.from_env({"QUOTESVC_MAX_BATCH": "many"})


def test_config_overrides_win():
    assert Settings.from_env({"QUOTESVC_PORT": "1"}, port=2).port == 2


def test_config_defaults_are_closed():
    s = Settings()
    assert s.host == "127.0.0.1"  # loopback unless asked
    assert s.api_key_list == () and s.cors_origin_list == () and s.trusted_proxies == 0


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("QUOTESVC_MAX_CHARS", "0"),
        ("QUOTESVC_TIMEOUT", "-1"),
        ("QUOTESVC_PORT", "70000"),
        ("QUOTESVC_ACCESS_LOG", "maybe"),
    ],
)
def test_config_out_of_range_values_name_the_variable(variable, value):
    from quotesvc.errors import ConfigError

    with pytest.raises(ConfigError, match=variable):
        Settings.from_env({variable: value})


def test_config_lists_split_on_commas():
    s = Settings(api_keys=" " + "a" * 16 + " ,," + "b" * 16, cors_origins="https://a.example, https://b.example")
    assert s.api_key_list == ("a" * 16, "b" * 16)
    assert s.cors_origin_list == ("https://a.example", "https://b.example")
