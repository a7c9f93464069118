#!/usr/bin/env python3
"""A burst of registration attempts for one development day, through the proxy (bench/two-nodes.sh).

    python3 bench/registration_client.py BASE DAY ATTEMPTS CONCURRENCY RUN OUT.csv

Each attempt has its own email (two-nodes-RUN-n@bench.example.org) and Idempotency-Key, and is sent once: no retry,
so that an attempt cut off by a dying node stays visible. One CSV line per attempt: n, the HTTP status (0: no answer),
the node that answered (the proxy's X-Node header), the status and waitlist position the answer gave, the email.
The certificate of the proxy is the run's own, so it is not verified.
"""
import csv
import http.client
import json
import ssl
import sys
import urllib.parse
from concurrent.futures import ThreadPoolExecutor


def attempt(base, day, run, n):
    url = urllib.parse.urlsplit(base)
    email = f"two-nodes-{run}-{n}@bench.example.org"
    body = json.dumps({"name": f"Deltager {n}", "email": email, "organisationName": "Boligselskabet Bench",
                       "participantType": "HOUSING_STAFF", "consent": True})
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    connection = http.client.HTTPSConnection(url.hostname, url.port, context=context, timeout=60)
    try:
        connection.request("POST", f"/api/days/{day}/registrations", body=body, headers={
            "Content-Type": "application/json", "Accept": "application/json", "Accept-Language": "da",
            "Idempotency-Key": f"two-nodes-{run}-{n}"})
        response = connection.getresponse()
        data = response.read()
        node = response.getheader("X-Node", "-")
        status, position = "-", ""
        if response.status == 201:
            answer = json.loads(data)
            status, position = answer.get("status", "-"), answer.get("waitlistPosition") or 0
        return [n, response.status, node, status, position, email]
    except (OSError, http.client.HTTPException):
        return [n, 0, "-", "-", "", email]
    finally:
        connection.close()


def main():
    base, day, attempts, concurrency, run, out = sys.argv[1:7]
    with ThreadPoolExecutor(max_workers=int(concurrency)) as pool:
        rows = list(pool.map(lambda n: attempt(base, day, run, n), range(1, int(attempts) + 1)))
    with open(out, "w", newline="") as file:
        csv.writer(file).writerows(rows)


if __name__ == "__main__":
    main()
