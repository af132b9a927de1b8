"""The page at / in a real browser: headless Chromium (Debian's chromium and chromium-driver, driven
by selenium) against gunicorn on loopback with the bundled model. Skipped, with the reason, where
no Chromium is installed (.ci/run installs it)."""

from __future__ import annotations

import shutil

import pytest

from tests.servers import request, serve

pytestmark = [pytest.mark.model, pytest.mark.server, pytest.mark.browser]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
CHROMEDRIVER = shutil.which("chromedriver")
MAX_CHARS = 20_000


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serve(tmp_path_factory.mktemp("page") / "stderr.log", QUOTESVC_MAX_CHARS=str(MAX_CHARS)) as base:
        yield base


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("no Chromium and ChromeDriver on this machine (Debian: apt-get install chromium chromium-driver)")
    webdriver = pytest.importorskip("selenium.webdriver")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def _paste(browser, text: str) -> None:
    # As a paste would: the value is set on the textarea (send_keys would type 6,000 characters).
    area = browser.find_element("id", "article")
    browser.execute_script("arguments[0].value = arguments[1];", area, text)


def _extract(browser, wait_for: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    browser.find_element("id", "extract").click()
    WebDriverWait(browser, 120).until(
        lambda b: b.execute_script(f"return {wait_for};"), message=f"page never reached: {wait_for}"
    )


def test_page_shows_the_seed_articles_quotes_speakers_and_sources(server, browser, seed_text):
    browser.get(server + "/")
    _paste(browser, seed_text)
    _extract(browser, "!document.getElementById('result').hidden")
    api = request(server + "/v1/quotes", {"text": seed_text})[1]
    highlighted = browser.execute_script(
        "return new Set([...document.querySelectorAll('#text .quote')].map(e => e.dataset.q)).size;"
    )
    assert highlighted == len(api["quotes"]) == 14
    # The article is shown whole, as text.
    assert browser.find_element("id", "text").text.replace("\n", "") == seed_text.replace("\n", "")
    rows = {
        li.find_element("class name", "name").text: li.find_element("class name", "count").text
        for li in browser.find_elements("css selector", "#speakers li")
    }
    assert rows["Ali Khamenei"] == "3"
    # Khamenei's first quote: IRNA is its source in the details.
    first = next(q for q in api["quotes"] if q["speaker"] and q["speaker"]["name"] == "Ali Khamenei")
    browser.find_element("css selector", f'#text .quote[data-q="{first["id"]}"]').click()
    details = browser.find_element("id", "details").text
    assert "IRNA" in details and "Ali Khamenei" in details and "direct" in details
    # Cues are underlined and speaker mentions marked.
    assert browser.find_elements("css selector", "#text .cue") and browser.find_elements(
        "css selector", "#text .mention"
    )


def test_page_scope_box_asks_for_every_attribution_and_shows_the_category(server, browser, seed_text):
    browser.get(server + "/")
    _paste(browser, seed_text)
    browser.find_element("id", "scope-all").click()
    _extract(browser, "!document.getElementById('result').hidden")
    api = request(server + "/v1/quotes", {"text": seed_text, "options": {"scope": "attributions"}})[1]
    act = next(q for q in api["quotes"] if q["category"] == "speech_act")
    browser.find_element("css selector", f'#text .quote[data-q="{act["id"]}"]').click()
    details = browser.find_element("id", "details").text
    assert "speech_act" in details and act["text"][:20] in details


def test_page_speaker_click_highlights_their_quotes_and_type_filter_hides(server, browser, seed_text):
    browser.get(server + "/")
    _paste(browser, seed_text)
    _extract(browser, "!document.getElementById('result').hidden")
    li = next(
        x
        for x in browser.find_elements("css selector", "#speakers li")
        if x.find_element("class name", "name").text == "John Kerry"
    )
    li.click()
    lit = browser.execute_script(
        "return new Set([...document.querySelectorAll('#text .quote:not(.dim)')].map(e => e.dataset.q)).size;"
    )
    assert lit == 3
    browser.find_element("css selector", "#filters input[value=indirect]").click()
    shown = browser.execute_script(
        "return [...document.querySelectorAll('#text .quote:not(.hidden)')].every(e => e.dataset.type !== 'indirect');"
    )
    assert shown is True


def test_page_shows_markup_in_the_text_as_text(server, browser):
    browser.get(server + "/")
    hostile = "<img src=x onerror=alert(1)> “We will not back down,” Mayor Linda Okafor said. <b>bold</b>"
    _paste(browser, hostile)
    _extract(browser, "!document.getElementById('result').hidden")
    assert browser.find_element("id", "text").text == hostile
    assert browser.find_elements("css selector", "#text img, #text b") == []
    assert browser.execute_script("return window.__xss === undefined;")


def test_page_shows_the_413_as_a_readable_message(server, browser):
    browser.get(server + "/")
    _paste(browser, "word " * (MAX_CHARS // 5 + 100))
    _extract(browser, "!document.getElementById('error').hidden")
    message = browser.find_element("id", "error").text
    assert "too long" in message and "20,000" in message


def test_docs_is_the_interactive_openapi_page(server, browser):
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/docs")
    WebDriverWait(browser, 60).until(lambda b: b.find_elements("css selector", ".opblock"))
    assert "/v1/quotes" in browser.find_element("id", "swagger-ui").text


def test_page_renders_a_100000_character_article_with_a_thousand_quotes(server, browser):
    browser.get(server + "/")
    count = browser.execute_script(
        """
        const unit = "“We will finish the bridge,” said Ana Costa. ";
        const text = unit.repeat(Math.ceil(100000 / unit.length)).slice(0, 100000);
        const quotes = [];
        for (let i = 0; quotes.length < 1000; i++) {
          const s = i * unit.length + 1, e = s + 26, m = i * unit.length + 34;
          quotes.push({id: "q" + (i + 1), type: "direct", text: text.slice(s, e), start: s, end: e, spans: [[s, e]],
                       speaker: {name: "Ana Costa", text: "Ana Costa", start: m, end: m + 9, kind: "person"},
                       source: null, cue: {text: "said", lemma: "say", start: m - 5, end: m - 1}, addressee: null,
                       confidence: 0.9, paragraph: 0, sentence: i, warnings: []});
        }
        render(text, {quotes, speakers: [{name: "Ana Costa", kind: "person", mentions: [],
                                          quote_ids: quotes.map(q => q.id)}], warnings: []});
        return new Set([...document.querySelectorAll('#text .quote')].map(e => e.dataset.q)).size;
        """
    )
    assert count == 1000
    assert len(browser.find_element("id", "text").text) >= 99_000
