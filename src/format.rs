//! Number formatting shared by the models' narration, the pages and the
//! CLI (pure text, no browser APIs).

/// `45818` as `"45,818"`.
pub fn thousands(n: u64) -> String {
    group_digits(&n.to_string())
}

fn group_digits(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A real number rounded to a whole one, thousands separated: `-80394.4`
/// as `"-80,394"` (no sign when it rounds to 0).
pub fn grouped(v: f64) -> String {
    let out = group_digits(&format!("{:.0}", v.abs()));
    if v < 0.0 && out != "0" {
        format!("-{out}")
    } else {
        out
    }
}

/// `n` things, with the thing's name in the right number: "1 batch",
/// "1,204 batches".
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{} {many}", thousands(n as u64))
    }
}

/// A span of seconds as read: "2 d 3 h", "1 h 05 min", "4 min 09 s", "12 s".
pub fn span(secs: u64) -> String {
    let (d, h, m) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    if d > 0 {
        format!("{d} d {h} h")
    } else if h > 0 {
        format!("{h} h {m:02} min")
    } else if m > 0 {
        format!("{m} min {:02} s", secs % 60)
    } else {
        format!("{secs} s")
    }
}

/// An amount of gwei, short: "12.3", "4.5 k", "1.23 M".
pub fn gwei(v: f64) -> String {
    if v >= 1e6 {
        format!("{:.2} M", v / 1e6)
    } else if v >= 1000.0 {
        format!("{:.1} k", v / 1000.0)
    } else {
        format!("{v:.1}")
    }
}

/// Bytes as lower-case hex, two digits each (digests, secrets, roots).
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_by_three() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(45818), "45,818");
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(grouped(80394.4), "80,394");
        assert_eq!(grouped(-1234.6), "-1,235");
        assert_eq!(grouped(-0.2), "0");
    }
}
