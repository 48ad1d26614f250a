//! A small JSON reader and writer for stored data. It keeps numbers as written and object
//! fields in order, so data this version does not understand survives a rewrite unchanged.
//! (Small on purpose: a general JSON crate would add more to the app than it saves.)

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    /// The number's text as written.
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    pub fn parse(text: &str) -> Option<Json> {
        let mut p = Parser { b: text.as_bytes(), i: 0, depth: 0 };
        let v = p.value()?;
        p.ws();
        (p.i == p.b.len()).then_some(v)
    }

    pub fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Number(n) => out.push_str(n),
            Json::String(s) => write_string(s, out),
            Json::Array(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write(out);
                }
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (i, (k, v)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_string(k, out);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }

    pub fn to_text(&self) -> String {
        let mut s = String::new();
        self.write(&mut s);
        s
    }
}

pub fn write_string(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// JSON number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` (checked by
/// hand: float parsing would add more code than the whole reader).
fn is_number(n: &str) -> bool {
    let b = n.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    let int_start = i;
    let n_int = digits(&mut i);
    if n_int == 0 || (n_int > 1 && b[int_start] == b'0') {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

struct Parser<'a> {
    b: &'a [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }
    fn eat(&mut self, s: &[u8]) -> Option<()> {
        self.b[self.i..].starts_with(s).then(|| self.i += s.len())
    }
    fn value(&mut self) -> Option<Json> {
        self.ws();
        match *self.b.get(self.i)? {
            b'n' => self.eat(b"null").map(|_| Json::Null),
            b't' => self.eat(b"true").map(|_| Json::Bool(true)),
            b'f' => self.eat(b"false").map(|_| Json::Bool(false)),
            b'"' => self.string().map(Json::String),
            b'[' => {
                self.enter()?;
                let mut items = Vec::new();
                self.ws();
                if self.eat(b"]").is_none() {
                    loop {
                        items.push(self.value()?);
                        self.ws();
                        if self.eat(b",").is_some() {
                            continue;
                        }
                        self.eat(b"]")?;
                        break;
                    }
                }
                self.depth -= 1;
                Some(Json::Array(items))
            }
            b'{' => {
                self.enter()?;
                let mut fields = Vec::new();
                self.ws();
                if self.eat(b"}").is_none() {
                    loop {
                        self.ws();
                        let k = self.string()?;
                        self.ws();
                        self.eat(b":")?;
                        let v = self.value()?;
                        fields.push((k, v));
                        self.ws();
                        if self.eat(b",").is_some() {
                            continue;
                        }
                        self.eat(b"}")?;
                        break;
                    }
                }
                self.depth -= 1;
                Some(Json::Object(fields))
            }
            b'-' | b'0'..=b'9' => {
                let start = self.i;
                while self.i < self.b.len() && matches!(self.b[self.i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                    self.i += 1;
                }
                let n = std::str::from_utf8(&self.b[start..self.i]).ok()?;
                is_number(n).then(|| Json::Number(n.to_owned()))
            }
            _ => None,
        }
    }
    fn enter(&mut self) -> Option<()> {
        self.i += 1;
        self.depth += 1;
        (self.depth <= 64).then_some(())
    }
    fn string(&mut self) -> Option<String> {
        self.eat(b"\"")?;
        let mut out = String::new();
        loop {
            let start = self.i;
            while self.i < self.b.len() && self.b[self.i] != b'"' && self.b[self.i] != b'\\' {
                self.i += 1;
            }
            out.push_str(std::str::from_utf8(&self.b[start..self.i]).ok()?);
            match *self.b.get(self.i)? {
                b'"' => {
                    self.i += 1;
                    return Some(out);
                }
                _ => {
                    self.i += 1;
                    let c = *self.b.get(self.i)?;
                    self.i += 1;
                    match c {
                        b'"' => out.push('"'),
                        b'\\' => out.push('\\'),
                        b'/' => out.push('/'),
                        b'b' => out.push('\u{8}'),
                        b'f' => out.push('\u{c}'),
                        b'n' => out.push('\n'),
                        b'r' => out.push('\r'),
                        b't' => out.push('\t'),
                        b'u' => {
                            let hex = |p: &mut Self| -> Option<u32> {
                                let s = std::str::from_utf8(p.b.get(p.i..p.i + 4)?).ok()?;
                                p.i += 4;
                                u32::from_str_radix(s, 16).ok()
                            };
                            let mut code = hex(self)?;
                            if (0xD800..0xDC00).contains(&code) && self.eat(b"\\u").is_some() {
                                let low = hex(self)?;
                                code = 0x10000 + ((code - 0xD800) << 10) + (low.wrapping_sub(0xDC00) & 0x3FF);
                            }
                            out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                        }
                        _ => return None,
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_and_writes() {
        let text = r#"{"v":1,"items":[{"id":"a\"b","n":1.50,"x":null,"t":true}],"é":"\u00e9\ud83d\ude00"}"#;
        let v = Json::parse(text).unwrap();
        assert_eq!(v.get("v").and_then(Json::as_u64), Some(1));
        assert_eq!(v.get("é").and_then(Json::as_str), Some("é😀"));
        assert_eq!(Json::parse(&v.to_text()), Some(v.clone()));
        assert!(v.to_text().contains("1.50"), "numbers kept as written");
        assert!(is_number("-0.5e+10") && is_number("12") && !is_number("01") && !is_number("1.") && !is_number("-") && !is_number("1e"));
        for bad in ["", "{", "{\"v\":}", "[1,]", "nul", "\"\\x\"", "{} x", &"[".repeat(100)] {
            assert_eq!(Json::parse(bad), None, "{bad}");
        }
    }

    fn arb_json() -> impl Strategy<Value = Json> {
        let leaf = prop_oneof![
            Just(Json::Null),
            any::<bool>().prop_map(Json::Bool),
            any::<i64>().prop_map(|n| Json::Number(n.to_string())),
            ".{0,8}".prop_map(Json::String),
        ];
        leaf.prop_recursive(4, 32, 6, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..5).prop_map(Json::Array),
                proptest::collection::vec((".{0,5}", inner), 0..5).prop_map(Json::Object),
            ]
        })
    }

    proptest! {
        #[test]
        fn write_then_parse_is_identity(v in arb_json()) {
            prop_assert_eq!(Json::parse(&v.to_text()), Some(v));
        }

        #[test]
        fn parse_never_panics(s in ".{0,64}") {
            let _ = Json::parse(&s);
        }
    }
}
