//! Compiles a Fluent catalog (`.ftl`) into the form the app reads
//! (`.json`, `chainlab::i18n::Part`): Fluent's own parser reads it, and
//! only what the app's resolver knows is accepted (text, string and
//! number literals, `{ $arg }`, selection on an argument).

use chainlab::i18n::Part;
use fluent_syntax::ast;
use std::collections::BTreeMap;

pub fn compile(name: &str, ftl: &str) -> Result<String, String> {
    let res = fluent_syntax::parser::parse(ftl).map_err(|(_, e)| format!("{name}: {e:?}"))?;
    let mut out = BTreeMap::new();
    for entry in &res.body {
        match entry {
            ast::Entry::Message(m) => {
                let Some(value) = &m.value else { return Err(format!("{name}: {} has no value", m.id.name)) };
                if !m.attributes.is_empty() {
                    return Err(format!("{name}: {} has attributes; use a key of its own", m.id.name));
                }
                let parts = pattern(value).map_err(|e| format!("{name}: {}: {e}", m.id.name))?;
                if out.insert(m.id.name.to_string(), parts).is_some() {
                    return Err(format!("{name}: {} twice", m.id.name));
                }
            }
            ast::Entry::Term(t) => return Err(format!("{name}: term -{} (not supported)", t.id.name)),
            _ => {}
        }
    }
    let mut json = serde_json::to_string(&out).map_err(|e| e.to_string())?;
    json.push('\n');
    Ok(json)
}

fn pattern(p: &ast::Pattern<&str>) -> Result<Vec<Part>, String> {
    let mut parts: Vec<Part> = Vec::new();
    let text = |parts: &mut Vec<Part>, t: &str| match parts.last_mut() {
        Some(last) if last.v.is_empty() && last.s.is_empty() => last.t.push_str(t),
        _ => parts.push(Part { t: t.to_string(), ..Default::default() }),
    };
    for e in &p.elements {
        match e {
            ast::PatternElement::TextElement { value } => text(&mut parts, value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(i) => match i {
                    ast::InlineExpression::StringLiteral { value } => {
                        text(&mut parts, &fluent_syntax::unicode::unescape_unicode_to_string(value))
                    }
                    ast::InlineExpression::NumberLiteral { value } => text(&mut parts, value),
                    ast::InlineExpression::VariableReference { id } => {
                        parts.push(Part { v: id.name.to_string(), ..Default::default() })
                    }
                    other => return Err(format!("{other:?} is not supported (text, {{ $arg }} and selections only)")),
                },
                ast::Expression::Select { selector, variants } => {
                    let ast::InlineExpression::VariableReference { id } = selector else {
                        return Err("a selection must be on an argument".into());
                    };
                    let mut o = Vec::new();
                    let mut d = 0;
                    for (i, v) in variants.iter().enumerate() {
                        let key = match &v.key {
                            ast::VariantKey::Identifier { name } => name.to_string(),
                            ast::VariantKey::NumberLiteral { value } => format!("={value}"),
                        };
                        if v.default {
                            d = i;
                        }
                        o.push((key, pattern(&v.value)?));
                    }
                    parts.push(Part { s: id.name.to_string(), d, o, ..Default::default() });
                }
            },
        }
    }
    Ok(parts)
}
