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
