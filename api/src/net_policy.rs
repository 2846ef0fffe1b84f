//! Where webhooks may be delivered. A webhook URL is chosen by an admin, but the
//! server makes the request from inside the deployment's network: without a policy
//! an admin token (or a stolen one) reaches the metadata service (169.254.169.254),
//! the database, or anything on loopback (server-side request forgery). So targets
//! in loopback, private, link-local, unique-local, CGNAT, multicast and unspecified
//! ranges (and IPv4-mapped IPv6 forms of them) are refused, unless an operator
//! allows a network with `--webhook-allow-network CIDR`.
//!
//! Checked twice: at registration (a literal IP, or a name resolving to one), and at
//! connection time by the DNS resolver of the delivery client, because a name can
//! resolve differently later (DNS rebinding). Redirects are not followed (see
//! `webhooks::client`), so a public receiver cannot bounce the request inward.

use std::collections::HashMap;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use ipnet::IpNet;

/// Which webhook targets are allowed.
#[derive(Clone, Debug, Default)]
pub struct NetPolicy {
    /// Networks an operator allows although they are in a refused range.
    pub allowed: Vec<IpNet>,
    /// Fixed answers for names, consulted before DNS and filtered like DNS answers.
    /// For tests, which have no network DNS: a public-looking name mapped to 127.0.0.1
    /// shows that connection-time filtering applies to what a name resolves to.
    pub hosts: Arc<HashMap<String, Vec<IpAddr>>>,
}

/// Why an address is never a webhook target by default, or `None` if it may be.
pub fn refused_range(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => refused_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => refused_v4(v4).map(|_| "an IPv4-mapped IPv6 form of a refused IPv4 address"),
            None => refused_v6(v6),
        },
    }
}

fn refused_v4(ip: Ipv4Addr) -> Option<&'static str> {
    let [a, b, ..] = ip.octets();
    if ip.is_loopback() {
        Some("loopback (127.0.0.0/8)")
    } else if ip.is_private() {
        Some("private (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)")
    } else if ip.is_link_local() {
        Some("link-local (169.254.0.0/16)")
    } else if a == 100 && (b & 0xc0) == 64 {
        Some("carrier-grade NAT (100.64.0.0/10)")
    } else if ip.is_multicast() {
        Some("multicast (224.0.0.0/4)")
    } else if ip.is_unspecified() || a == 0 {
        Some("unspecified (0.0.0.0/8)")
    } else if ip.is_broadcast() {
        Some("broadcast (255.255.255.255)")
    } else {
        None
    }
}

fn refused_v6(ip: Ipv6Addr) -> Option<&'static str> {
    let first = ip.segments()[0];
    if ip.is_loopback() {
        Some("loopback (::1)")
    } else if ip.is_unspecified() {
        Some("unspecified (::)")
    } else if (first & 0xffc0) == 0xfe80 {
        Some("link-local (fe80::/10)")
    } else if (first & 0xfe00) == 0xfc00 {
        Some("unique-local (fc00::/7)")
    } else if ip.is_multicast() {
        Some("multicast (ff00::/8)")
    } else {
        None
    }
}

impl NetPolicy {
    /// `Err(why)` when `ip` may not be a webhook target.
    pub fn check(&self, ip: IpAddr) -> Result<(), String> {
        let mapped = match ip {
            IpAddr::V6(v6) => v6.to_ipv4_mapped().map(IpAddr::V4),
            IpAddr::V4(_) => None,
        };
        if self.allowed.iter().any(|net| net.contains(&ip) || mapped.is_some_and(|m| net.contains(&m))) {
            return Ok(());
        }
        match refused_range(ip) {
            Some(range) => Err(format!(
                "{ip} is {range}: webhooks are not delivered there unless the server is started with --webhook-allow-network"
            )),
            None => Ok(()),
        }
    }

    /// The addresses `host` stands for: the fixed answers, else DNS.
    async fn lookup(&self, host: &str, port: u16) -> std::io::Result<Vec<SocketAddr>> {
        if let Some(ips) = self.hosts.get(&host.to_ascii_lowercase()) {
            return Ok(ips.iter().map(|ip| SocketAddr::new(*ip, port)).collect());
        }
        Ok(tokio::net::lookup_host((host, port)).await?.collect())
    }

    /// The addresses `host` resolves to that may be targets; an error if none may.
    pub async fn resolve_allowed(&self, host: &str, port: u16) -> Result<Vec<SocketAddr>, String> {
        let all = self.lookup(host, port).await.map_err(|e| format!("{host} does not resolve: {e}"))?;
        let mut refusals = Vec::new();
        let allowed: Vec<SocketAddr> =
            all.into_iter().filter(|addr| self.check(addr.ip()).map_err(|why| refusals.push(why)).is_ok()).collect();
        if allowed.is_empty() {
            return Err(match refusals.first() {
                Some(why) => format!("{host} resolves to {why}"),
                None => format!("{host} resolves to no address"),
            });
        }
        Ok(allowed)
    }

    /// Checks a URL at registration: a literal IP, or every address its name has now.
    /// A name that does not resolve yet is accepted: it is checked again when delivering.
    pub async fn check_url(&self, url: &str) -> Result<(), String> {
        let parsed = reqwest::Url::parse(url).map_err(|e| format!("{url:?} is not a URL: {e}"))?;
        let port = parsed.port_or_known_default().unwrap_or(80);
        let host = parsed.host_str().ok_or_else(|| format!("{url:?} has no host"))?;
        if let Some(ip) = literal_ip(host) {
            return self.check(ip);
        }
        match self.lookup(host, port).await {
            Err(_) => Ok(()),
            Ok(addrs) => addrs
                .iter()
                .try_for_each(|addr| self.check(addr.ip()).map_err(|why| format!("{host} resolves to {why}"))),
        }
    }

    /// Checks the literal IP of a URL, which reqwest connects to without resolving.
    pub fn check_literal_host(&self, url: &str) -> Result<(), String> {
        let parsed = reqwest::Url::parse(url).map_err(|e| format!("{url:?} is not a URL: {e}"))?;
        match parsed.host_str().and_then(literal_ip) {
            Some(ip) => self.check(ip),
            None => Ok(()),
        }
    }
}

/// The IP a URL's host is written as (`[…]` around IPv6), if it is one.
fn literal_ip(host: &str) -> Option<IpAddr> {
    host.trim_start_matches('[').trim_end_matches(']').parse().ok()
}

/// The delivery client's resolver: DNS (or the fixed answers), then the policy, at
/// every connection.
pub struct PolicyResolver(pub Arc<NetPolicy>);

impl reqwest::dns::Resolve for PolicyResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let policy = self.0.clone();
        Box::pin(async move {
            // The port is replaced by the URL's own when connecting.
            let addrs = policy.resolve_allowed(name.as_str(), 0).await?;
            Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
        })
    }
}
