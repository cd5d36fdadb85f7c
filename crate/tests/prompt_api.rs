//! How the core detects Chrome's built-in Prompt API, in headless Chromium's service
//! worker. The model itself is never imitated: the stand-ins below answer only
//! `availability()`, which is what the worker decides on. Run by `./build.sh test`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Function, Object, Reflect};
use palate::provider::ProviderError;
use palate::wasm::http::PromptApi;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_service_worker);

/// Put `LanguageModel` on the global object (or take it away with `None`).
fn set_language_model(availability_body: Option<&str>) {
    let global = js_sys::global();
    match availability_body {
        None => {
            Reflect::delete_property(&global.into(), &"LanguageModel".into()).unwrap();
        }
        Some(body) => {
            let model = Object::new();
            Reflect::set(&model, &"availability".into(), &Function::new_no_args(body)).unwrap();
            Reflect::set(&global, &"LanguageModel".into(), &model).unwrap();
        }
    }
}

#[wasm_bindgen_test]
async fn a_browser_without_the_prompt_api_is_unavailable_and_extraction_says_so() {
    if Reflect::has(&js_sys::global(), &"LanguageModel".into()).unwrap() {
        // This Chromium has the API: the states below are checked with stand-ins only.
        return;
    }
    assert_eq!(PromptApi::availability().await, "unavailable");
    let err = PromptApi::extract("I love jazz").await.unwrap_err();
    assert_eq!(
        err,
        ProviderError::Unsupported("this browser has no built-in Prompt API".into())
    );
    // A blank message asks nothing, with or without the API.
    assert_eq!(PromptApi::extract("  ").await.unwrap(), vec![]);
}

#[wasm_bindgen_test]
async fn availability_is_read_from_the_browser_and_anything_odd_is_unavailable() {
    let saved = Reflect::get(&js_sys::global(), &"LanguageModel".into()).unwrap();
    for (body, want) in [
        ("return Promise.resolve('downloading')", "downloading"),
        ("return Promise.resolve('available')", "available"),
        (
            "return Promise.reject(new Error('blocked by policy'))",
            "unavailable",
        ),
        ("throw new Error('not now')", "unavailable"),
        ("return Promise.resolve(42)", "unavailable"),
    ] {
        set_language_model(Some(body));
        assert_eq!(PromptApi::availability().await, want, "{body}");
    }
    set_language_model(None);
    if !saved.is_undefined() {
        Reflect::set(&js_sys::global(), &"LanguageModel".into(), &saved).unwrap();
    }
}
