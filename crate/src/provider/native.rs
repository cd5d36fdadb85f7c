//! The native transport: plain `http://` over `std::net` (local Ollama, LM Studio,
//! llama.cpp servers, and the tests), `https://` through `ureq` when the `https`
//! feature is on. Blocking inside an `async fn`, which suits the CLI's executor.

use std::io::{ErrorKind, Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use serde_json::Value;

use super::{excerpt, ProviderError, Transport, Url};

/// How long one request may take, connect to last byte, unless configured.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(20);
/// Largest response body read.
pub const MAX_RESPONSE_BYTES: usize = 32 << 20;
/// Largest response head (status line and headers).
const MAX_HEAD_BYTES: usize = 64 * 1024;

/// POSTs JSON with a whole-request deadline.
#[derive(Debug, Clone)]
pub struct HttpTransport {
    timeout: Duration,
}

impl Default for HttpTransport {
    fn default() -> Self {
        Self {
            timeout: DEFAULT_TIMEOUT,
        }
    }
}

impl HttpTransport {
    pub fn new() -> Self {
        Self::default()
    }

    /// A transport whose requests give up after `timeout`.
    pub fn with_timeout(timeout: Duration) -> Self {
        Self { timeout }
    }

    pub fn timeout(&self) -> Duration {
        self.timeout
    }
}

impl Transport for HttpTransport {
    async fn post_json(
        &self,
        url: &str,
        bearer: Option<&str>,
        body: &Value,
    ) -> Result<String, ProviderError> {
        let parsed = Url::parse(url)?;
        let payload = serde_json::to_vec(body).map_err(|e| ProviderError::Input(e.to_string()))?;
        if parsed.https {
            return post_https(url, bearer, &payload, self.timeout);
        }
        let (status, body) = post_plain(&parsed, bearer, &payload, self.timeout)?;
        ProviderError::check_status(status, body)
    }
}

#[cfg(feature = "https")]
fn post_https(
    url: &str,
    bearer: Option<&str>,
    payload: &[u8],
    timeout: Duration,
) -> Result<String, ProviderError> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .build()
        .into();
    let mut request = agent
        .post(url)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json");
    if let Some(key) = bearer {
        request = request.header("Authorization", format!("Bearer {key}"));
    }
    let mut response = request.send(payload).map_err(ureq_error)?;
    let status = response.status().as_u16();
    let body = response
        .body_mut()
        .with_config()
        .limit(MAX_RESPONSE_BYTES as u64)
        .read_to_string()
        .map_err(ureq_error)?;
    ProviderError::check_status(status, body)
}

#[cfg(feature = "https")]
fn ureq_error(e: ureq::Error) -> ProviderError {
    match e {
        ureq::Error::Timeout(_) => ProviderError::Timeout,
        ureq::Error::Io(io) if is_timeout(&io) => ProviderError::Timeout,
        other => ProviderError::Network(excerpt(&other.to_string())),
    }
}

#[cfg(not(feature = "https"))]
fn post_https(
    _url: &str,
    _bearer: Option<&str>,
    _payload: &[u8],
    _timeout: Duration,
) -> Result<String, ProviderError> {
    Err(ProviderError::Unsupported(
        "https:// providers need the browser build or the `https` feature".into(),
    ))
}

fn is_timeout(e: &std::io::Error) -> bool {
    matches!(e.kind(), ErrorKind::TimedOut | ErrorKind::WouldBlock)
}

fn io_error(e: std::io::Error, doing: &str) -> ProviderError {
    if is_timeout(&e) {
        ProviderError::Timeout
    } else {
        ProviderError::Network(format!("{doing}: {}", excerpt(&e.to_string())))
    }
}

/// Time left before `deadline`, or a timeout error.
fn left(deadline: Instant) -> Result<Duration, ProviderError> {
    deadline
        .checked_duration_since(Instant::now())
        .filter(|d| !d.is_zero())
        .ok_or(ProviderError::Timeout)
}

/// One HTTP/1.1 POST over a fresh connection; the status and the decoded body.
fn post_plain(
    url: &Url,
    bearer: Option<&str>,
    payload: &[u8],
    timeout: Duration,
) -> Result<(u16, String), ProviderError> {
    let deadline = Instant::now() + timeout;
    let addrs = (url.host.as_str(), url.port)
        .to_socket_addrs()
        .map_err(|e| io_error(e, &format!("resolving {}", url.host)))?;
    let mut stream = None;
    let mut last = ProviderError::Network(format!("{} has no address", url.host));
    for addr in addrs {
        match TcpStream::connect_timeout(&addr, left(deadline)?) {
            Ok(s) => {
                stream = Some(s);
                break;
            }
            Err(e) => last = io_error(e, &format!("connecting to {}", url.host_header())),
        }
    }
    let mut stream = stream.ok_or(last)?;
    let mut head = format!(
        "POST {} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\n\
         Accept: application/json\r\nContent-Length: {}\r\nConnection: close\r\n",
        url.path,
        url.host_header(),
        payload.len()
    );
    if let Some(key) = bearer {
        head.push_str(&format!("Authorization: Bearer {key}\r\n"));
    }
    head.push_str("\r\n");
    stream
        .set_write_timeout(Some(left(deadline)?))
        .map_err(|e| io_error(e, "sending"))?;
    stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(payload))
        .and_then(|()| stream.flush())
        .map_err(|e| io_error(e, "sending the request"))?;

    let mut buf: Vec<u8> = Vec::new();
    let mut chunk = [0u8; 16 * 1024];
    loop {
        if let Some(done) = complete(&buf, false)? {
            return Ok(done);
        }
        stream
            .set_read_timeout(Some(left(deadline)?))
            .map_err(|e| io_error(e, "reading"))?;
        match stream.read(&mut chunk) {
            Ok(0) => {
                return complete(&buf, true)?.ok_or_else(|| {
                    ProviderError::Network(
                        "the server closed the connection before a full answer".into(),
                    )
                })
            }
            Ok(n) => {
                buf.extend_from_slice(&chunk[..n]);
                if buf.len() > MAX_HEAD_BYTES + MAX_RESPONSE_BYTES {
                    return Err(ProviderError::Network(format!(
                        "the answer is larger than {} MiB",
                        MAX_RESPONSE_BYTES >> 20
                    )));
                }
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(e) => return Err(io_error(e, "reading the answer")),
        }
    }
}

/// The status and body once `buf` holds a whole response (after any `1xx` interim
/// responses); `None` while more is needed. `eof`: the server has closed.
fn complete(buf: &[u8], eof: bool) -> Result<Option<(u16, String)>, ProviderError> {
    let mut rest = buf;
    loop {
        let Some(end) = find(rest, b"\r\n\r\n") else {
            if rest.len() > MAX_HEAD_BYTES {
                return Err(ProviderError::Network(
                    "the answer's headers are too long".into(),
                ));
            }
            return Ok(None);
        };
        let head = String::from_utf8_lossy(&rest[..end]);
        let body = &rest[end + 4..];
        let mut lines = head.split("\r\n");
        let status_line = lines.next().unwrap_or_default();
        let status = parse_status(status_line).ok_or_else(|| {
            ProviderError::Network(format!("not an HTTP answer: {:?}", excerpt(status_line)))
        })?;
        if (100..200).contains(&status) {
            rest = body;
            continue;
        }
        let mut length: Option<usize> = None;
        let mut chunked = false;
        for line in lines {
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let (name, value) = (name.trim(), value.trim());
            if name.eq_ignore_ascii_case("content-length") {
                length = Some(value.parse().map_err(|_| {
                    ProviderError::Network("the answer has a bad Content-Length".into())
                })?);
            } else if name.eq_ignore_ascii_case("transfer-encoding") {
                chunked = value.to_ascii_lowercase().contains("chunked");
            }
        }
        let body = if chunked {
            match dechunk(body)? {
                Some(b) => b,
                None if eof => {
                    return Err(ProviderError::Network(
                        "the server closed the connection mid-answer".into(),
                    ))
                }
                None => return Ok(None),
            }
        } else if let Some(n) = length {
            if n > MAX_RESPONSE_BYTES {
                return Err(ProviderError::Network(format!(
                    "the answer is larger than {} MiB",
                    MAX_RESPONSE_BYTES >> 20
                )));
            }
            match body.get(..n) {
                Some(b) => b.to_vec(),
                None if eof => {
                    return Err(ProviderError::Network(
                        "the server closed the connection mid-answer".into(),
                    ))
                }
                None => return Ok(None),
            }
        } else if eof {
            body.to_vec()
        } else {
            return Ok(None);
        };
        return Ok(Some((status, String::from_utf8_lossy(&body).into_owned())));
    }
}

fn parse_status(line: &str) -> Option<u16> {
    let mut parts = line.split(' ');
    let version = parts.next()?;
    if !version.starts_with("HTTP/") {
        return None;
    }
    let code = parts.next()?;
    if code.len() != 3 {
        return None;
    }
    code.parse().ok()
}

/// A chunked body decoded, or `None` while incomplete.
fn dechunk(mut data: &[u8]) -> Result<Option<Vec<u8>>, ProviderError> {
    let bad = || ProviderError::Network("the answer's chunked encoding is broken".into());
    let mut out = Vec::new();
    loop {
        let Some(line_end) = find(data, b"\r\n") else {
            return Ok(None);
        };
        let line = std::str::from_utf8(&data[..line_end]).map_err(|_| bad())?;
        let size_text = line.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16).map_err(|_| bad())?;
        if size > MAX_RESPONSE_BYTES || out.len() + size > MAX_RESPONSE_BYTES {
            return Err(bad());
        }
        data = &data[line_end + 2..];
        if size == 0 {
            // Trailers end with an empty line; a server closing right after "0\r\n" is fine too.
            return Ok(Some(out));
        }
        if data.len() < size + 2 {
            return Ok(None);
        }
        out.extend_from_slice(&data[..size]);
        if &data[size..size + 2] != b"\r\n" {
            return Err(bad());
        }
        data = &data[size + 2..];
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responses_are_framed_by_length_chunks_or_close() {
        let r = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nhi";
        assert_eq!(complete(r, false).unwrap(), Some((200, "hi".into())));
        assert_eq!(complete(&r[..r.len() - 1], false).unwrap(), None);
        assert!(complete(&r[..r.len() - 1], true).is_err());
        let c = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n3;x=1\r\n!!!\r\n0\r\n\r\n";
        assert_eq!(complete(c, false).unwrap(), Some((200, "hi!!!".into())));
        assert_eq!(complete(&c[..50], false).unwrap(), None);
        let e = b"HTTP/1.0 500 Oops\r\n\r\nbroken";
        assert_eq!(complete(e, false).unwrap(), None);
        assert_eq!(complete(e, true).unwrap(), Some((500, "broken".into())));
        let interim =
            b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n";
        assert_eq!(
            complete(interim, false).unwrap(),
            Some((201, String::new()))
        );
        assert!(complete(b"SSH-2.0-x\r\n\r\n", false).is_err());
        assert!(complete(
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            false
        )
        .is_err());
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_bytes_never_panic_the_framing(
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400),
            eof in proptest::prelude::any::<bool>(),
        ) {
            let _ = complete(&bytes, eof);
            let mut framed = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
            framed.extend_from_slice(&bytes);
            let _ = complete(&framed, eof);
            let _ = dechunk(&bytes);
        }
    }
}
