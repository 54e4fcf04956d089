//! What the Debian package installs beside the binary, checked without building the package:
//! the man pages and completions generated from the clap definitions, the desktop entry, the
//! AppStream metadata, the plan file type and the icons. The checkers are system tools
//! (docs/packaging.md); a test skips, saying why, when one is missing, and fails instead when
//! SOCIALPLAN_REQUIRE_PACKAGING_TOOLS is set (as .ci/run does).

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use clap::CommandFactory;
use socialplan::cli::Cli;
use socialplan::model::Catalogue;
use socialplan::storage;

#[path = "../../packaging/assets.rs"]
mod assets;

const PLAN_MIME_TYPE: &str = "application/x-socialplan-plan";
const DESKTOP_FILE: &str = "socialplan.desktop";
const ICON_SIZES: [u32; 6] = [16, 32, 48, 64, 128, 256];

fn packaging(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging").join(name)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Runs `program`, or returns None (after saying why) when it is not installed.
fn tool(program: &str, package: &str, args: &[&OsStr], env: &[(&str, &Path)]) -> Option<Output> {
    let mut command = Command::new(program);
    command.args(args);
    for (key, value) in env {
        command.env(key, value);
    }
    match command.output() {
        Ok(output) => Some(output),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            assert!(
                std::env::var_os("SOCIALPLAN_REQUIRE_PACKAGING_TOOLS").is_none(),
                "{program} is missing and SOCIALPLAN_REQUIRE_PACKAGING_TOOLS is set: apt-get install {package}"
            );
            eprintln!("skipped: {program} is not installed (apt-get install {package})");
            None
        }
        Err(e) => panic!("{program}: {e}"),
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn file_names(paths: &[PathBuf]) -> Vec<String> {
    paths.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect()
}

/// `args` then `file`, for a command line.
fn args_then<'a>(args: &[&'a str], file: &'a Path) -> Vec<&'a OsStr> {
    args.iter().map(|a| OsStr::new(*a)).chain([file.as_os_str()]).collect()
}

fn subcommand_names() -> Vec<String> {
    Cli::command().get_subcommands().map(|s| s.get_name().to_owned()).filter(|n| n != "help").collect()
}

#[test]
fn a_man_page_for_the_program_and_each_subcommand_reads_without_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let pages = assets::write_man_pages(dir.path()).unwrap();
    let names = file_names(&pages);
    let mut expected: Vec<String> = subcommand_names().iter().map(|s| format!("socialplan-{s}.1")).collect();
    expected.push("socialplan.1".into());
    for name in &expected {
        assert!(names.contains(name), "{name} was not generated: {names:?}");
    }
    // The main page lists every subcommand, so `man socialplan` leads to the others.
    let main = read(&dir.path().join("socialplan.1"));
    for subcommand in subcommand_names() {
        assert!(main.contains(&format!("socialplan\\-{subcommand}(1)")), "socialplan.1 omits {subcommand}");
    }
    for page in &pages {
        // lintian's own check (manpage-has-errors-from-man): man's warnings.
        let args = args_then(&["--warnings", "-E", "UTF-8", "-l", "-Tutf8", "-Z"], page);
        let Some(out) = tool("man", "man-db", &args, &[]) else { return };
        assert!(out.status.success(), "man {}: {}", page.display(), text(&out.stderr));
        assert_eq!(text(&out.stderr), "", "man warns about {}", page.display());
    }
}

#[test]
fn completions_for_bash_zsh_and_fish_know_every_subcommand_and_parse() {
    let dir = tempfile::tempdir().unwrap();
    let scripts = assets::write_completions(dir.path()).unwrap();
    let names = file_names(&scripts);
    // The names the package installs them under (Cargo.toml's [package.metadata.deb]).
    assert_eq!(names, ["socialplan.bash", "_socialplan", "socialplan.fish"]);
    for (script, (shell, package)) in scripts.iter().zip([("bash", "bash"), ("zsh", "zsh"), ("fish", "fish")])
    {
        let body = read(script);
        for subcommand in subcommand_names() {
            assert!(body.contains(&subcommand), "{} omits {subcommand}", script.display());
        }
        let Some(out) = tool(shell, package, &[OsStr::new("-n"), script.as_os_str()], &[]) else { continue };
        assert!(out.status.success(), "{shell} -n {}: {}", script.display(), text(&out.stderr));
    }
}

#[test]
fn the_desktop_entry_validates_and_opens_plans_with_the_icon() {
    let path = packaging(DESKTOP_FILE);
    let entry = read(&path);
    // Wayland finds the entry (and so the icon) by the window's app id: the file's name.
    assert!(
        read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/window/src/lib.rs"))
            .contains(".with_app_id(\"socialplan\")")
    );
    assert!(entry.lines().any(|l| l == format!("MimeType={PLAN_MIME_TYPE};")), "MimeType");
    assert!(entry.lines().any(|l| l == "Exec=socialplan %f"), "a double-clicked plan is passed on");
    assert!(entry.lines().any(|l| l == "Icon=socialplan"), "Icon");
    let Some(out) = tool("desktop-file-validate", "desktop-file-utils", &[path.as_os_str()], &[]) else {
        return;
    };
    let said = text(&out.stdout) + &text(&out.stderr);
    assert!(out.status.success() && said.is_empty(), "desktop-file-validate: {said}");
}

#[test]
fn the_appstream_metadata_validates_names_the_entry_and_the_plan_type_and_has_this_release() {
    let path = packaging("io.github.socialplan.socialplan.metainfo.xml");
    let metainfo = read(&path);
    assert!(metainfo.contains(&format!("<launchable type=\"desktop-id\">{DESKTOP_FILE}</launchable>")));
    assert!(metainfo.contains(&format!("<mediatype>{PLAN_MIME_TYPE}</mediatype>")));
    assert!(
        metainfo.contains(&format!("<release version=\"{}\"", env!("CARGO_PKG_VERSION"))),
        "the metadata has release notes for version {}",
        env!("CARGO_PKG_VERSION")
    );
    // The package's own changelog speaks of the same version (cargo-deb's revision is 1).
    let changelog = read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("debian/changelog"));
    assert!(
        changelog.starts_with(&format!("socialplan ({}-1) ", env!("CARGO_PKG_VERSION"))),
        "debian/changelog does not start with version {}",
        env!("CARGO_PKG_VERSION")
    );
    let args = args_then(&["validate", "--no-net", "--pedantic"], &path);
    let Some(out) = tool("appstreamcli", "appstream", &args, &[]) else { return };
    let said = text(&out.stdout);
    assert!(out.status.success(), "appstreamcli validate: {said}");
    // Infos are allowed (appstream 0.16 does not know AppStream 1.0's <developer> yet);
    // warnings and errors are not, even pedantic ones.
    let complaints: Vec<&str> =
        said.lines().filter(|l| l.starts_with("W:") || l.starts_with("E:") || l.starts_with("P:")).collect();
    assert!(complaints.is_empty(), "appstreamcli validate: {complaints:?}");
}

#[test]
fn plan_files_are_recognised_by_their_content_and_other_ron_files_are_not() {
    let xml = packaging("socialplan-mime.xml");
    if let Some(out) = tool("xmllint", "libxml2-utils", &[OsStr::new("--noout"), xml.as_os_str()], &[]) {
        assert!(out.status.success(), "xmllint: {}", text(&out.stderr));
    }

    // A private MIME database holding our type, as the package's dpkg trigger would build it.
    let data = tempfile::tempdir().unwrap();
    let packages = data.path().join("mime/packages");
    std::fs::create_dir_all(&packages).unwrap();
    std::fs::copy(&xml, packages.join("socialplan.xml")).unwrap();
    let database = data.path().join("mime");
    // Everything below looks in this folder only for our type (and in /usr/share for the rest).
    let env = [("XDG_DATA_HOME", data.path()), ("XDG_DATA_DIRS", Path::new("/usr/share"))];
    let Some(out) = tool("update-mime-database", "shared-mime-info", &[database.as_os_str()], &env) else {
        return;
    };
    assert!(out.status.success() && out.stderr.is_empty(), "update-mime-database: {}", text(&out.stderr));

    let files = tempfile::tempdir().unwrap();
    // A plan saved by the program, with a name that says nothing.
    let saved = files.path().join("plan-without-extension");
    let plan = storage::load(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/menuiserie.ron"),
        Catalogue::built_in(),
    )
    .unwrap();
    storage::save(&plan, &saved, Catalogue::built_in()).unwrap();
    // RON files of other programs, one of them with a `format_version` of its own.
    let scene = files.path().join("scene.ron");
    std::fs::write(&scene, "(\n    format_version: 3,\n    entities: [(name: \"tree\")],\n)\n").unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases = [
        (root.join("saves/boulangerie.ron"), true),
        (root.join("saves/accounting-firm.ron"), true),
        (saved, true),
        (root.join("assets/platforms.ron"), false),
        (scene, false),
    ];
    for (file, is_plan) in cases {
        let args = args_then(&["info", "-a", "standard::content-type"], &file);
        let Some(out) = tool("gio", "libglib2.0-bin", &args, &env) else { return };
        let said = text(&out.stdout);
        assert!(out.status.success(), "gio info {}: {}", file.display(), text(&out.stderr));
        assert_eq!(
            said.contains(&format!("standard::content-type: {PLAN_MIME_TYPE}\n")),
            is_plan,
            "{} is {}a plan, gio says: {said}",
            file.display(),
            if is_plan { "" } else { "not " }
        );
    }
}

#[test]
fn the_icon_is_a_png_at_every_size_rendered_from_the_svg() {
    let rendered = tempfile::tempdir().unwrap();
    for size in ICON_SIZES {
        let name = format!("icons/socialplan-{size}.png");
        let committed = std::fs::read(packaging(&name)).unwrap();
        // Decoded the way the window decodes its own (src/app/mod.rs embeds the 128 px one).
        let icon = eframe::icon_data::from_png_bytes(&committed).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!((icon.width, icon.height), (size, size), "{name}");
        // The PNGs are the SVG's, not a stale drawing: render it again and compare.
        let out_path = rendered.path().join(format!("{size}.png"));
        let size_arg = size.to_string();
        let svg = packaging("icons/socialplan.svg");
        let args = [
            OsStr::new("--width"),
            OsStr::new(&size_arg),
            OsStr::new("--height"),
            OsStr::new(&size_arg),
            svg.as_os_str(),
            OsStr::new("--output"),
            out_path.as_os_str(),
        ];
        let Some(out) = tool("rsvg-convert", "librsvg2-bin", &args, &[]) else { return };
        assert!(out.status.success(), "rsvg-convert: {}", text(&out.stderr));
        assert!(
            std::fs::read(&out_path).unwrap() == committed,
            "{name} is not the SVG's: run packaging/render-icons"
        );
    }
}
