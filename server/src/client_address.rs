//! Who is asking, by network address. Usually the other end of the connection; but behind a reverse
//! proxy that is the proxy, for every family at once. So when (and only when) the connection comes
//! from a proxy the operator named with `--trusted-proxy`, the address is read from the
//! `X-Forwarded-For` the proxy added. Anyone else can write that header, so from anyone else it is
//! ignored. Every use of the client's address (rate limits, logs) goes through [`client_address`].

use axum::extract::ConnectInfo;
use axum::http::{request::Parts, HeaderMap};
use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;

/// The proxies whose `X-Forwarded-For` is believed: addresses or ranges (CIDR).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    pub fn new(ranges: Vec<IpNet>) -> Self {
        TrustedProxies(ranges)
    }

    pub fn contains(&self, address: IpAddr) -> bool {
        let address = address.to_canonical();
        self.0.iter().any(|range| range.contains(&address))
    }
}

/// Reads one `--trusted-proxy` value: an address (`10.0.0.1`, `::1`) or a range (`10.0.0.0/8`).
pub fn parse_range(text: &str) -> Result<IpNet, String> {
    let text = text.trim();
    IpNet::from_str(text)
        .map(|range| range.trunc())
        .or_else(|_| IpAddr::from_str(text).map(IpNet::from))
        .map_err(|_| format!("{text:?} is not an IP address or a range like 10.0.0.0/8"))
}

/// The client's address: the connection's peer, or, when the peer is a trusted proxy, the right-most
/// address in `X-Forwarded-For` that is not itself a trusted proxy (addresses to its left were
/// written by the client and may be anything). `None` when the peer is not known.
pub fn client_address(
    headers: &HeaderMap,
    peer: Option<IpAddr>,
    trusted: &TrustedProxies,
) -> Option<IpAddr> {
    let mut client = peer?.to_canonical();
    let forwarded: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .collect();
    for hop in forwarded.into_iter().rev() {
        if !trusted.contains(client) {
            break;
        }
        // A trusted proxy passing on something that is not an address: the request is put down to
        // that proxy rather than to a guess.
        match parse_hop(hop) {
            Some(address) => client = address,
            None => break,
        }
    }
    Some(client)
}

/// The client's address for a request served with `into_make_service_with_connect_info`.
pub fn of_request(parts: &Parts, trusted: &TrustedProxies) -> Option<IpAddr> {
    let peer = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|info| info.0.ip());
    client_address(&parts.headers, peer, trusted)
}

/// What the sign-in and sign-up limits count by: an IPv4 address whole, an IPv6 address by its /64
/// (one home or phone is given a whole /64 and can pick any address in it).
pub fn limit_key(address: Option<IpAddr>) -> String {
    match address {
        Some(IpAddr::V4(v4)) => v4.to_string(),
        Some(IpAddr::V6(v6)) => ipnet::Ipv6Net::new(v6, 64)
            .map(|net| net.trunc().to_string())
            .unwrap_or_else(|_| v6.to_string()),
        None => "unknown".into(),
    }
}

/// One `X-Forwarded-For` entry: `1.2.3.4`, `2001:db8::1`, and the forms with a port some proxies
/// write (`1.2.3.4:5678`, `[2001:db8::1]:5678`, `[2001:db8::1]`).
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim().trim_matches('"');
    let address = IpAddr::from_str(hop)
        .ok()
        .or_else(|| SocketAddr::from_str(hop).ok().map(|s| s.ip()))
        .or_else(|| {
            hop.strip_prefix('[')
                .and_then(|h| h.strip_suffix(']'))
                .and_then(|h| IpAddr::from_str(h).ok())
        })?;
    Some(address.to_canonical())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn trusted(ranges: &[&str]) -> TrustedProxies {
        TrustedProxies::new(ranges.iter().map(|r| parse_range(r).unwrap()).collect())
    }

    fn forwarded(values: &[&str]) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for value in values {
            headers.append("x-forwarded-for", HeaderValue::from_str(value).unwrap());
        }
        headers
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn the_header_is_ignored_when_the_peer_is_not_a_trusted_proxy() {
        let headers = forwarded(&["203.0.113.9"]);
        let stranger = Some(ip("198.51.100.7"));
        assert_eq!(
            client_address(&headers, stranger, &TrustedProxies::default()),
            stranger
        );
        assert_eq!(
            client_address(&headers, stranger, &trusted(&["10.0.0.1"])),
            stranger
        );
        // No peer at all: nothing to trust the header on.
        assert_eq!(
            client_address(&headers, None, &trusted(&["0.0.0.0/0"])),
            None
        );
    }

    #[test]
    fn a_trusted_proxy_gives_the_right_most_address_it_did_not_add_itself() {
        let proxies = trusted(&["10.0.0.0/8"]);
        let proxy = Some(ip("10.0.0.1"));
        assert_eq!(
            client_address(&forwarded(&["203.0.113.9"]), proxy, &proxies),
            Some(ip("203.0.113.9"))
        );
        // The client wrote "1.1.1.1" itself; the proxy appended the real address.
        assert_eq!(
            client_address(&forwarded(&["1.1.1.1, 203.0.113.9"]), proxy, &proxies),
            Some(ip("203.0.113.9"))
        );
        // Two trusted proxies in a row, and the header split over two lines.
        assert_eq!(
            client_address(
                &forwarded(&["1.1.1.1, 203.0.113.9", "10.0.0.2"]),
                proxy,
                &proxies
            ),
            Some(ip("203.0.113.9"))
        );
        // No header: the proxy itself.
        assert_eq!(client_address(&HeaderMap::new(), proxy, &proxies), proxy);
        // Only proxies in the chain: the furthest one.
        assert_eq!(
            client_address(&forwarded(&["10.0.0.3, 10.0.0.2"]), proxy, &proxies),
            Some(ip("10.0.0.3"))
        );
    }

    #[test]
    fn an_untrusted_hop_in_the_middle_ends_the_chain() {
        // 198.51.100.7 is not a trusted proxy, so what it claims (1.1.1.1) is not believed.
        let proxies = trusted(&["10.0.0.1"]);
        assert_eq!(
            client_address(
                &forwarded(&["1.1.1.1, 198.51.100.7"]),
                Some(ip("10.0.0.1")),
                &proxies
            ),
            Some(ip("198.51.100.7"))
        );
    }

    #[test]
    fn rubbish_from_a_trusted_proxy_is_put_down_to_the_proxy() {
        let proxies = trusted(&["10.0.0.1"]);
        for header in ["unknown", "", "not an address", "1.1.1.1, <script>"] {
            assert_eq!(
                client_address(&forwarded(&[header]), Some(ip("10.0.0.1")), &proxies),
                Some(ip("10.0.0.1")),
                "{header:?}"
            );
        }
    }

    #[test]
    fn ipv6_and_the_forms_with_ports() {
        let proxies = trusted(&["2001:db8:ffff::/48", "127.0.0.1"]);
        let proxy = Some(ip("2001:db8:ffff::1"));
        for (header, expected) in [
            ("2001:db8:1:2::42", "2001:db8:1:2::42"),
            ("[2001:db8:1:2::42]:4711", "2001:db8:1:2::42"),
            ("[2001:db8:1:2::42]", "2001:db8:1:2::42"),
            ("203.0.113.9:4711", "203.0.113.9"),
            ("::ffff:203.0.113.9", "203.0.113.9"),
            ("2001:db8:1:2::42, 2001:db8:ffff::2", "2001:db8:1:2::42"),
        ] {
            assert_eq!(
                client_address(&forwarded(&[header]), proxy, &proxies),
                Some(ip(expected)),
                "{header}"
            );
        }
        // A dual-stack listener sees IPv4 peers as ::ffff:a.b.c.d; they still match IPv4 ranges.
        assert_eq!(
            client_address(
                &forwarded(&["203.0.113.9"]),
                Some(ip("::ffff:127.0.0.1")),
                &proxies
            ),
            Some(ip("203.0.113.9"))
        );
        // A spoofed header from an untrusted IPv6 peer is ignored.
        assert_eq!(
            client_address(
                &forwarded(&["2001:db8:1:2::42"]),
                Some(ip("2001:db8:9::1")),
                &proxies
            ),
            Some(ip("2001:db8:9::1"))
        );
    }

    #[test]
    fn limits_count_ipv6_by_the_64_a_home_is_given() {
        assert_eq!(limit_key(Some(ip("203.0.113.9"))), "203.0.113.9");
        assert_eq!(
            limit_key(Some(ip("2001:db8:1:2:aaaa::1"))),
            limit_key(Some(ip("2001:db8:1:2:bbbb::2")))
        );
        assert_eq!(limit_key(Some(ip("2001:db8:1:2::1"))), "2001:db8:1:2::/64");
        assert_ne!(
            limit_key(Some(ip("2001:db8:1:2::1"))),
            limit_key(Some(ip("2001:db8:1:3::1")))
        );
        assert_eq!(limit_key(None), "unknown");
    }

    #[test]
    fn ranges_and_single_addresses_are_read() {
        assert_eq!(
            parse_range(" 10.0.0.1 ").unwrap().to_string(),
            "10.0.0.1/32"
        );
        assert_eq!(parse_range("10.1.2.3/8").unwrap().to_string(), "10.0.0.0/8");
        assert_eq!(parse_range("::1").unwrap().to_string(), "::1/128");
        assert_eq!(parse_range("fd00::/8").unwrap().to_string(), "fd00::/8");
        assert!(parse_range("proxy.example.org").is_err());
        assert!(parse_range("10.0.0.0/33").is_err());
    }
}
