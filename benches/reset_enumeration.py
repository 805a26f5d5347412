#!/usr/bin/env python3
"""Times "Forgot your password?" answers for an address with an account and one without, against a
running Laurel with mail set up (any SMTP server, e.g. `python3 -m aiosmtpd -n -l 127.0.0.1:2525`),
so that the two can be compared. Start it with high reset limits so that the throttles let every
request through, e.g.

    LAUREL_MAIL_SMTP_URL=smtp://127.0.0.1:2525 LAUREL_MAIL_FROM=awards@example.org \
    LAUREL_PUBLIC_URL=http://127.0.0.1:8000 LAUREL_PASSWORD_RESETS_PER_EMAIL_PER_HOUR=100000 \
    LAUREL_PASSWORD_RESETS_PER_ADDRESS_PER_HOUR=100000 laurel serve --demo
    python3 benches/reset_enumeration.py [BASE_URL] [ROUNDS]
"""
import http.cookiejar
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 5
KNOWN = "jonas.weber@laurel-demo.example"
UNKNOWN = "nobody@laurel-demo.example"


def ask(email):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    page = opener.open(BASE + "/password/forgot").read().decode()
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"csrf_token": token, "email": email}).encode()
    started = time.perf_counter()
    with opener.open(BASE + "/password/forgot", data=body) as answer:
        answer.read()
        assert answer.status == 200, answer.status
    return (time.perf_counter() - started) * 1000


times = {KNOWN: [], UNKNOWN: []}
for _ in range(ROUNDS):
    for email in times:
        times[email] += [ask(email) for _ in range(10)]
for email, taken in times.items():
    taken.sort()
    print(f"{email:36} n={len(taken):4}  median {statistics.median(taken):7.2f} ms  "
          f"p90 {taken[int(len(taken) * 0.9)]:7.2f} ms  min {taken[0]:7.2f}  max {taken[-1]:7.2f}")
