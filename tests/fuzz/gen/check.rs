//! The oracle: what a case may not do besides panic.

use super::*;

fn notices_fit(where_: &str, n: &[Notice]) -> Result<(), String> {
    if n.len() > MAX_NOTICES {
        return Err(format!("{where_}: {} notices (at most {MAX_NOTICES} are shown)", n.len()));
    }
    for x in n {
        let len = x.param.chars().count() + x.message.chars().count();
        if len > MAX_NOTICE_CHARS {
            return Err(format!("{where_}: a notice of {len} characters (at most {MAX_NOTICE_CHARS})"));
        }
    }
    Ok(())
}

/// Reads `q` with a page's reader, checks its notices, then checks that the state's own link
/// reads back as the same state without a notice.
fn page<S: PartialEq + std::fmt::Debug>(
    name: &str,
    q: &Query,
    read: fn(&Query) -> (S, Vec<Notice>),
    write: fn(&S) -> String,
) -> Result<(), String> {
    let (s, n) = read(q);
    notices_fit(name, &n)?;
    let link = write(&s);
    let (back, n2) = read(&Query::parse(&link));
    if !n2.is_empty() {
        return Err(format!("{name}: its own link {link:?} gives notices {n2:?}"));
    }
    if back != s {
        return Err(format!("{name}: its own link {link:?} reads back as another state"));
    }
    Ok(())
}

fn page_query(name: &str, q: &Query) -> Result<(), String> {
    match name {
        "consensus" => page(name, q, ConsensusState::from_query, ConsensusState::to_query),
        "rollup" => page(name, q, RollupState::from_query, RollupState::to_query),
        "swap" => page(name, q, SwapState::from_query, SwapState::to_query),
        "stablecoin" => page(name, q, StablecoinState::from_query, StablecoinState::to_query),
        "validators" => page(name, q, ValidatorsState::from_query, ValidatorsState::to_query),
        _ => Ok(()),
    }
}

fn with(key: &str, value: &str, rest: &str) -> Query {
    let v: String = form_urlencoded::byte_serialize(value.as_bytes()).collect();
    Query::parse(&format!("{rest}&{key}={v}"))
}

/// Runs one case. Panics propagate (the caller catches them); anything else wrong is an `Err`.
pub fn check(parser: &str, input: &str) -> Result<(), String> {
    match parser {
        "playlist" => {
            if let Ok(p) = Playlist::parse(input) {
                // A file that parses opens every cue's link without a panic.
                for c in &p.cues {
                    let (route, q) = parse_hash(&format!("#{}?{}", c.path(), c.query(c.at)));
                    let name = route.path().trim_start_matches('/').to_string();
                    let (s, n) = match name.as_str() {
                        "consensus" => (0, ConsensusState::from_query(&q).1),
                        "rollup" => (0, RollupState::from_query(&q).1),
                        "swap" => (0, SwapState::from_query(&q).1),
                        "stablecoin" => (0, StablecoinState::from_query(&q).1),
                        "validators" => (0, ValidatorsState::from_query(&q).1),
                        _ => return Err(format!("a cue opens {route:?}")),
                    };
                    let _ = s;
                    notices_fit("playlist cue", &n)?;
                }
                let again = Playlist::parse(&p.to_json()).map_err(|e| format!("its own JSON does not parse: {e}"))?;
                if again != p {
                    return Err("its own JSON reads back as another playlist".into());
                }
            }
            let _ = classroom::load(input);
            Ok(())
        }
        "incoming" => {
            let _ = parse_incoming(input);
            Ok(())
        }
        "whatif" => {
            let _ = WhatIf::parse_list(input);
            page_query("validators", &with("whatif", input, ""))?;
            page_query("validators", &with("whatif", input, "epochs=1"))
        }
        "val" => page_query("rollup", &with("val", input, "")),
        "cong" => {
            page_query("swap", &with("cong", input, ""))?;
            page_query("swap", &with("ioff", input, "cchain=B"))?;
            page_query("swap", &with("poff", input, "scenario=refund"))
        }
        "bad" => {
            page_query("consensus", &with("bad", input, "view=subnets"))?;
            page_query("consensus", &with("bad", input, "sv=3&ss=2"))?;
            page_query("consensus", &with("bad", input, "sv=120&sn=4&ss=120"))
        }
        _ => {
            let (page_hash, flags, _extras) = split_hash(input);
            if let Some(p) = &flags.playlist {
                let _ = classroom::load(p);
            }
            let (route, q) = parse_hash(&page_hash);
            if let Route::NotFound(p) = &route {
                let _ = p.len();
                return Ok(());
            }
            page_query(route.path().trim_start_matches('/'), &q)
        }
    }
}
