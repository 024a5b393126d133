//! The rollup narration (the live region) in English is what it was before
//! it came from the catalog (issue 19), word for word, and the same run
//! narrated in Spanish and Chinese states the same numbers.

use chainlab::i18n::{self, Lang};
use chainlab::query::rollup::RollupState;
use chainlab::query::Query;
use chainlab::sim::rollup::simulation::narration;
use chainlab::sim::rollup::RollupSim;
use std::fs;

fn run_to(query: &str, block: u64) -> RollupSim {
    let (st, notices) = RollupState::from_query(&Query::parse(query));
    assert!(notices.is_empty(), "{notices:?}");
    let mut sim = RollupSim::new(st.params, st.seed).unwrap();
    while sim.block() < block {
        sim.step();
    }
    sim
}

fn set(lang: Lang) {
    let files: Vec<(String, String)> = ["common", "rollup"]
        .iter()
        .map(|a| {
            let p = format!("{}/www/i18n/{}/{a}.json", env!("CARGO_MANIFEST_DIR"), lang.tag());
            (p.clone(), fs::read_to_string(&p).unwrap())
        })
        .collect();
    i18n::set_language(lang, if lang == Lang::En { &[] } else { &files }).unwrap();
}

#[test]
fn english_narration_is_unchanged_and_translations_state_its_numbers() {
    let q = "seed=1&fault=wrong&fbatch=1";
    let s51 = run_to(q, 51);
    set(Lang::En);
    assert_eq!(
        narration(&s51),
        "Block 51 (10 min 12 s): batch 0 posted with 1,200 transactions, 16,821 bytes raw, 6,885 compressed (ratio 2.44), 131,072 blob gas, 492 gwei a transaction; the proposer posts assertion 0 with the true state root; assertion 0's challenge window 0% elapsed, 6 d 8 h left."
    );
    let s101 = run_to(q, 101);
    assert!(narration(&s101).contains("the proposer posts assertion 1 with a WRONG state root; validator 0 challenges assertion 1: 14 rounds of 2-way dissection over the batch's 8,400 VM steps"));
    let s103 = run_to(q, 103);
    assert!(narration(&s103).starts_with(
        "Block 103 (20 min 36 s): dissection round 1 of 14: the disputed range narrows to steps 0 to 8,192"
    ));
    let s130 = run_to(q, 130);
    let en130 = narration(&s130);
    assert!(en130.contains("L1 runs step 1,553 ("), "{en130}");
    assert!(
        en130.contains("the proposer's claim is wrong, its bond of 1 ETH goes to validator 0, assertion 1 rolled back"),
        "{en130}"
    );

    // The model's log on the page: its catalog English is the CLI's line, word for word.
    let mut end = run_to("seed=1&fault=wrong&fbatch=1&val=off&window=60", 0);
    end.run_to_end();
    let mut late = run_to("seed=1&fault=wrong&fbatch=1&data=blobs", 0);
    late.run_to_end();
    for e in s130.log().iter().chain(end.log()).chain(late.log()) {
        assert_eq!(e.msg.to_string(), e.text);
    }
    assert!(end.log().iter().any(|e| e.text.contains("WRONG state root")));
    assert!(late.log().iter().any(|e| e.text.contains("blob(s)")));

    set(Lang::Es);
    let es = narration(&s51);
    assert!(
        es.starts_with("Bloque 51 (10 min 12 s): se publica el lote 0 con 1200 transacciones, 16.821 bytes"),
        "{es}"
    );
    assert!(es.contains("(ratio 2,44)") && es.contains("131.072 de gas de blob"), "{es}");
    assert!(narration(&s103).contains("a los pasos 0 a 8192"), "{}", narration(&s103));
    set(Lang::ZhCn);
    let zh = narration(&s51);
    assert!(zh.starts_with("区块 51（10 分 12 秒）：批次 0 已发布，含 1,200 笔交易"), "{zh}");
    assert!(zh.contains("压缩比 2.44") && zh.contains("6 天 8 小时"), "{zh}");
    set(Lang::En);
}
