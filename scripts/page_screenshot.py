"""Screenshot of the page on the seed article, for the README: python scripts/page_screenshot.py

Starts the service on a free loopback port, opens / in headless Chromium, extracts the seed
article, opens the details of Ali Khamenei's first quote and writes docs/page.png."""

import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.support.ui import WebDriverWait

root = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root))
from tests.servers import request, serve  # noqa: E402

text = (root / "fixtures" / "seed_article.txt").read_text(encoding="utf-8")
with tempfile.TemporaryDirectory() as tmp, serve(Path(tmp) / "log") as base:
    options = webdriver.ChromeOptions()
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--window-size=1400,1100",
        "--disable-background-networking",
        f"--user-data-dir={tmp}/profile",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options)
    try:
        driver.get(base + "/")
        driver.execute_script("document.getElementById('article').value = arguments[0];", text)
        driver.find_element("id", "extract").click()
        WebDriverWait(driver, 120).until(lambda d: not d.find_element("id", "result").get_attribute("hidden"))
        first = next(
            q
            for q in request(base + "/v1/quotes", {"text": text})[1]["quotes"]
            if q["speaker"] and q["speaker"]["name"] == "Ali Khamenei"
        )
        element = driver.find_element("css selector", f'#text .quote[data-q="{first["id"]}"]')
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
        element.click()
        driver.find_element("id", "result").screenshot(str(root / "docs" / "page.png"))
    finally:
        driver.quit()
print("wrote docs/page.png")
