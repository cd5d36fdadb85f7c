//! "I use Linux", "I'm on a Mac", "I have an iPhone", "I'm a Mac user", "I use VS
//! Code", "we use Postgres": the system, device or tools the person works on, which
//! decide most technical answers (shortcuts, install steps, apps, code).

use super::{Ctx, Found, Rule};

pub(crate) const RULE: Rule = Rule {
    name: "fact_platform",
    description: "platform facts: I use Linux, I'm on a Mac, I run Windows, I have an iPhone, I'm an Android user, I use VS Code / Postgres, our stack is X, I have a PS5 / Netflix, I play on Switch",
    in_requests: false,
    apply,
};

/// The platform a word names, with the article it is said with; `device` when only a
/// device can be owned ("I have windows" is about a house).
fn platform(w: &str) -> Option<(&'static str, bool)> {
    Some(match w {
        "linux" => ("linux", false),
        "ubuntu" => ("ubuntu", false),
        "debian" => ("debian", false),
        "fedora" => ("fedora", false),
        "arch" => ("arch linux", false),
        "manjaro" => ("manjaro", false),
        "nixos" => ("nixos", false),
        "windows" => ("windows", false),
        "macos" => ("macos", false),
        "mac" => ("a mac", true),
        "macbook" => ("a macbook", true),
        "iphone" => ("an iphone", true),
        "ipad" => ("an ipad", true),
        "android" => ("android", true),
        "chromebook" => ("a chromebook", true),
        _ => return None,
    })
}

/// A tool for work named at token `at` ("vs code" is two words): its name and the token
/// after it.
pub(super) fn tool(ctx: &Ctx, at: usize) -> Option<(&'static str, usize)> {
    if ctx.word(at) == "vs" && ctx.word(at + 1) == "code" {
        return Some(("vs code", at + 2));
    }
    let name = match ctx.word(at) {
        "vscode" => "vs code",
        "vim" => "vim",
        "neovim" => "neovim",
        "emacs" => "emacs",
        "intellij" => "intellij",
        "pycharm" => "pycharm",
        "xcode" => "xcode",
        "react" => "react",
        "vue" => "vue",
        "angular" => "angular",
        "svelte" => "svelte",
        "django" => "django",
        "flask" => "flask",
        "fastapi" => "fastapi",
        "rails" => "rails",
        "laravel" => "laravel",
        "postgres" | "postgresql" => "postgres",
        "mysql" => "mysql",
        "sqlite" => "sqlite",
        "mongodb" => "mongodb",
        "redis" => "redis",
        "docker" => "docker",
        "kubernetes" | "k8s" => "kubernetes",
        "terraform" => "terraform",
        "aws" => "aws",
        "azure" => "azure",
        "gcp" => "gcp",
        "jupyter" => "jupyter",
        "pandas" => "pandas",
        "pytorch" => "pytorch",
        "tensorflow" => "tensorflow",
        "excel" => "excel",
        "notion" => "notion",
        "obsidian" => "obsidian",
        "figma" => "figma",
        "photoshop" => "photoshop",
        "blender" => "blender",
        "wordpress" => "wordpress",
        "shopify" => "shopify",
        "unity" => "unity",
        _ => return None,
    };
    Some((name, at + 1))
}

/// A games console or a streaming service named at token `at`: what it is stored as
/// after "has", and the token after it. "Switch" only with its capital or its maker
/// ("I have a switch" may be a light's).
fn owned_service(ctx: &Ctx, at: usize) -> Option<(&'static str, usize)> {
    let two = |second: &str| ctx.word(at + 1) == second;
    let (name, len) = match ctx.word(at) {
        "ps5" => ("a ps5", 1),
        "playstation" if two("5") => ("a ps5", 2),
        "ps4" => ("a ps4", 1),
        "playstation" => ("a playstation", 1),
        "xbox" => ("an xbox", 1),
        "nintendo" if two("switch") => ("a nintendo switch", 2),
        "switch" if ctx.capital(at) => ("a nintendo switch", 1),
        "steam" if two("deck") => ("a steam deck", 2),
        "gaming" if two("pc") => ("a gaming pc", 2),
        "netflix" => ("netflix", 1),
        "hulu" => ("hulu", 1),
        "disney+" => ("disney+", 1),
        "hbo" => ("hbo max", 1 + usize::from(two("max"))),
        "max" if ctx.capital(at) => ("hbo max", 1),
        "prime" if two("video") => ("prime video", 2),
        "peacock" if ctx.capital(at) => ("peacock", 1),
        "paramount+" => ("paramount+", 1),
        "crunchyroll" => ("crunchyroll", 1),
        "spotify" => ("spotify", 1),
        "audible" if ctx.capital(at) => ("audible", 1),
        _ => return None,
    };
    Some((name, at + len))
}

/// "I have a PS5 and a Switch", "we have Netflix and Disney+", "I play on PC": the
/// consoles and services a game, a show or a playlist to suggest must be on.
fn services(ctx: &Ctx, mut at: usize, playing: bool, out: &mut Vec<Found>) {
    loop {
        at += usize::from(matches!(ctx.word(at), "a" | "an" | "the" | "my" | "our"));
        // ("I play on PC": on a computer, said only of playing.)
        let found = owned_service(ctx, at)
            .or_else(|| (playing && ctx.word(at) == "pc").then_some(("a gaming pc", at + 1)));
        let Some((name, next)) = found else {
            return;
        };
        out.push(Found::fact(format!("has {name}"), 0.85));
        if !matches!(ctx.word(next), "and" | "or" | "," | "plus") {
            return;
        }
        at = next + 1;
    }
}

/// Every tool of a list from token `at`: "Django and Vue", "Postgres, Redis", "Rails
/// with Postgres" ("React with TypeScript": the language is style_programming's, which
/// reads it after "with").
fn tools(ctx: &Ctx, mut at: usize, out: &mut Vec<Found>) {
    let mut listed = false;
    while let Some((name, next)) = tool(ctx, at) {
        out.push(Found::fact(format!("uses {name}"), 0.8));
        listed = true;
        // "VS Code on Linux".
        if ctx.word(next) == "on" {
            at = next + 1;
            break;
        }
        if !matches!(ctx.word(next), "and" | "or" | "," | "with" | "plus") {
            return;
        }
        at = next + 1;
    }
    // "I use VS Code and Linux", "Neovim on Arch": the system after the tools.
    let article = usize::from(matches!(ctx.word(at), "a" | "an"));
    if let Some((name, _)) = platform(ctx.word(at + article)).filter(|_| listed) {
        out.push(Found::fact(format!("uses {name}"), 0.85));
    }
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    const USE: &[&[&str]] = &[
        &["use"],
        &["am", "using"],
        &["am", "on"],
        &["run"],
        &["am", "running"],
        &["work", "on"],
        &["code", "on"],
        &["develop", "on"],
        &["switched", "to"],
        &["have", "switched", "to"],
        &["work", "with"],
        &["am", "working", "with"],
    ];
    const OWN: &[&[&str]] = &[&["have"], &["own"], &["got"], &["have", "got"]];
    // "Our stack is Django and Vue".
    if let Some(i) = ctx.find_seq(0, &["our", "stack", "is"]) {
        tools(ctx, i + 3, out);
    }
    for &a in ctx.anchors {
        // "I'm a Mac user", "I'm an Android person", "I've always been a Linux guy".
        let described = ctx
            .seq(a, &["am", "a"])
            .or_else(|| ctx.seq(a, &["have", "been", "a"]))
            .filter(|&(e, _)| {
                matches!(
                    ctx.word(e + 1),
                    "user" | "person" | "guy" | "girl" | "household"
                )
            })
            .and_then(|(e, _)| platform(ctx.word(e)));
        if let Some((name, _)) = described {
            out.push(Found::fact(format!("uses {name}"), 0.85));
            continue;
        }
        // "We build everything in React", "I built the app with Django".
        let built = || {
            let (e, _) = ctx.seq(a, &["build"]).or_else(|| ctx.seq(a, &["built"]))?;
            (e..(e + 4).min(ctx.toks.len()))
                .take_while(|&k| !ctx.toks[k].is_stop())
                .find(|&k| matches!(ctx.word(k), "in" | "with"))
                .map(|k| (k + 1, false))
        };
        let used = USE
            .iter()
            .find_map(|p| ctx.seq(a, p))
            .map(|(e, _)| (e, false))
            .or_else(built);
        let owned = || {
            OWN.iter()
                .find_map(|p| ctx.seq(a, p))
                .map(|(e, _)| (e, true))
        };
        // "I play on PS5", "I mostly game on PC", "we subscribe to Netflix".
        let played = [
            &["play", "on"][..],
            &["game", "on"],
            &["am", "gaming", "on"],
            &["subscribe", "to"],
            &["am", "subscribed", "to"],
            &["pay", "for"],
        ]
        .iter()
        .find_map(|p| ctx.seq(a, p));
        if let Some((end, _)) = played {
            services(ctx, end, ctx.word(end - 1) == "on", out);
        }
        let Some((mut end, owning)) = used.or_else(owned) else {
            continue;
        };
        if owning {
            services(ctx, end, false, out);
        }
        if matches!(ctx.word(end), "a" | "an" | "the") {
            end += 1;
        }
        // "I use VS Code", "we use Postgres at work", "I'm using React": the tools the
        // person works with ("I use the terminal" names none).
        if !owning {
            tools(ctx, end, out);
        }
        // "I still use a flip phone", "I have a flip phone": no apps, no smartphone.
        if ctx.word(end) == "flip" && ctx.word(end + 1) == "phone" {
            out.push(Found::fact("uses a flip phone", 0.85));
            continue;
        }
        // "I use an Android phone", "I'm on Windows 11"; not "I use a Mac keyboard
        // on my PC" (a part made for one), nor "I have Windows in every room".
        let Some((name, device)) = platform(ctx.word(end)) else {
            continue;
        };
        let part = matches!(
            ctx.word(end + 1),
            "keyboard"
                | "keyboards"
                | "mouse"
                | "charger"
                | "cable"
                | "case"
                | "app"
                | "apps"
                | "store"
                | "emulator"
                | "vm"
                | "user"
                | "users"
                | "version"
                // "I use arch supports".
                | "support"
                | "supports"
        );
        if part || owning && !device {
            continue;
        }
        out.push(Found::fact(format!("uses {name}"), 0.85));
        // "I use Windows at work and a Mac at home": a second one after "and".
        let second = (end + 1..(end + 5).min(ctx.toks.len()))
            .take_while(|&k| !matches!(ctx.word(k), "," | "but" | "so" | "because"))
            .find(|&k| ctx.word(k) == "and")
            .map(|k| k + 1 + usize::from(matches!(ctx.word(k + 1), "a" | "an" | "the")))
            .and_then(|k| platform(ctx.word(k)).filter(|_| ctx.word(k + 1) != "keyboard"));
        if let Some((other, _)) = second.filter(|(other, _)| *other != name) {
            out.push(Found::fact(format!("uses {other}"), 0.85));
        }
    }
}
