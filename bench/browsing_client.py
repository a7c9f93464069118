#!/usr/bin/env python3
"""Steady browsing through the proxy, as a browser does it: one connection kept open, one page after the other
(bench/two-nodes.sh, the rolling restart).

    python3 bench/browsing_client.py BASE PATH WHILE_FILE OUT

Asks for PATH again and again over one kept-alive HTTPS connection while WHILE_FILE exists, and writes one line per
request to OUT: the HTTP status, or 0 when the request got no answer (the connection is then opened again, as a
browser would, and that request is not tried again). The certificate of the proxy is the run's own, so it is not
verified.
"""
import http.client
import os
import ssl
import sys
import urllib.parse


def main():
    base, path, while_file, out = sys.argv[1:5]
    url = urllib.parse.urlsplit(base)
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    connection = None
    with open(out, "w") as lines:
        while os.path.exists(while_file):
            if connection is None:
                connection = http.client.HTTPSConnection(url.hostname, url.port, context=context, timeout=30)
            try:
                connection.request("GET", path, headers={"Accept": "text/html", "Accept-Language": "da"})
                response = connection.getresponse()
                response.read()
                lines.write(f"{response.status}\n")
                if response.getheader("Connection", "").lower() == "close":
                    connection.close()
                    connection = None
            except (OSError, http.client.HTTPException):
                lines.write("0\n")
                connection.close()
                connection = None


if __name__ == "__main__":
    main()
