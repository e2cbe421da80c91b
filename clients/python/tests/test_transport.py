"""HTTP behaviour checked against a scripted local HTTP server: auth, error bodies, which requests are retried."""

import json
import sys
import threading
import unittest
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from phaselab import Phaselab, PhaselabError  # noqa: E402
from phaselab.transport import Transport  # noqa: E402


class ScriptedServer:
    """Answers each request with the next (status, body) of its script and records what it received."""

    def __init__(self, *answers: tuple[int, dict]):
        self.answers = list(answers)
        self.requests: list[dict] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self._answer()

            def do_POST(self):
                self._answer()

            def _answer(self):
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length)
                server.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
                status, body = server.answers.pop(0)
                raw = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class TransportTest(unittest.TestCase):
    def serve(self, *answers):
        server = ScriptedServer(*answers)
        self.addCleanup(server.close)
        return server

    def test_sends_the_token_and_answers_json(self):
        server = self.serve((200, {"ok": True}))
        answer = Transport("phl_secret").request("POST", f"{server.url}/x", query={"a": "b c"}, body={"v": 1})
        self.assertEqual(answer, {"ok": True})
        request = server.requests[0]
        self.assertEqual(request["headers"]["Authorization"], "Bearer phl_secret")
        self.assertEqual(request["path"], "/x?a=b+c")
        self.assertEqual(json.loads(request["body"]), {"v": 1})

    def test_an_mlflow_error_body_becomes_a_phaselab_error(self):
        server = self.serve((404, {"error_code": "RESOURCE_DOES_NOT_EXIST", "message": "no such run"}))
        with self.assertRaises(PhaselabError) as caught:
            Transport(None).request("GET", f"{server.url}/x")
        error = caught.exception
        self.assertEqual(error.error_code, "RESOURCE_DOES_NOT_EXIST")
        self.assertEqual((error.message, error.status), ("no such run", 404))

    def test_a_get_is_retried_after_a_server_error(self):
        server = self.serve((503, {"error_code": "INTERNAL_ERROR", "message": "busy"}), (200, {"ok": True}))
        self.assertEqual(Transport(None).request("GET", f"{server.url}/x"), {"ok": True})
        self.assertEqual(len(server.requests), 2)

    def test_a_post_that_reached_the_server_is_not_retried(self):
        server = self.serve((500, {"error_code": "INTERNAL_ERROR", "message": "boom"}), (200, {}))
        with self.assertRaises(PhaselabError):
            Transport(None).request("POST", f"{server.url}/x", body={})
        self.assertEqual(len(server.requests), 1)

    def test_an_unreachable_server_raises_temporarily_unavailable(self):
        server = self.serve()
        url = server.url
        server.close()
        with self.assertRaises(PhaselabError) as caught:
            Transport(None).request("GET", url, retry_seconds=0)
        self.assertEqual((caught.exception.error_code, caught.exception.status), ("TEMPORARILY_UNAVAILABLE", None))


class GraphQLTest(unittest.TestCase):
    def test_posts_to_the_base_url_and_raises_the_error_code(self):
        refusal = {"errors": [{"message": "nope", "extensions": {"code": "FORBIDDEN"}}]}
        server = ScriptedServer((200, {"data": {"team": {"slug": "acme"}}}), (200, refusal))
        self.addCleanup(server.close)
        client = Phaselab(f"{server.url}/api/mlflow/", token="t")
        self.assertEqual(client.graphql("{ team { slug } }"), {"team": {"slug": "acme"}})
        self.assertEqual(server.requests[0]["path"], "/api/graphql")
        with self.assertRaises(PhaselabError) as caught:
            client.graphql("{ team { slug } }")
        self.assertEqual(caught.exception.error_code, "FORBIDDEN")


if __name__ == "__main__":
    unittest.main()
