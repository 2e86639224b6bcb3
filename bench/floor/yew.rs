//! Size floor (built by `scripts/bench`, never shipped): the smallest Yew app — one
//! component with state and an event handler, none of talkcard's core. What Yew itself costs.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::prelude::wasm_bindgen;
use yew::prelude::*;

#[component]
fn Counter() -> Html {
    let count = use_state(|| 0_u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! {
        <article class="talkcard">
            <h2>{ "Hello" }</h2>
            <button type="button" {onclick}>{ *count }</button>
        </article>
    }
}

/// Mounts the app on the page's body.
#[wasm_bindgen(start)]
pub fn start() {
    yew::Renderer::<Counter>::new().render();
}
