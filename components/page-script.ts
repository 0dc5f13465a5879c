/**
 * The one inline script of every page, run before first paint. It applies the reader's theme
 * (or the system's) with no flash, follows system changes, remembers a choice made in the
 * display settings dialog, copies an article's address for the share button, and takes an old
 * `#fragment` address to the content element now named `user-content-fragment`
 * (lib/markdown/content-ids.ts). A few hundred bytes, instead of client components on every page.
 *
 * Written as a function so that it is type-checked and linted like the rest, and inlined as its
 * source: it must use nothing but the browser's globals (no import, no closure).
 */
function pageScript(contentIdPrefix: string) {
  const root = document.documentElement;
  const dark = matchMedia("(prefers-color-scheme: dark)");
  const stored = () => {
    try {
      return localStorage.getItem("theme") || "system";
    } catch {
      return "system";
    }
  };
  const apply = (theme: string) => {
    root.dataset.theme = theme === "dark" || (theme !== "light" && dark.matches) ? "dark" : "light";
  };
  apply(stored());
  dark.addEventListener("change", () => apply(stored()));

  const toContent = () => {
    let fragment = "";
    try {
      fragment = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!fragment || document.getElementById(fragment)) return;
    document.getElementById(contentIdPrefix + fragment)?.scrollIntoView();
  };
  addEventListener("hashchange", toContent);

  document.addEventListener("DOMContentLoaded", () => {
    const choice = document.querySelector<HTMLInputElement>(`input[name=theme][value="${stored()}"]`);
    if (choice) choice.checked = true;
    toContent();
  });
  document.addEventListener("change", (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.name !== "theme") return;
    try {
      if (input.value === "system") localStorage.removeItem("theme");
      else localStorage.setItem("theme", input.value);
    } catch {
      // Private browsing: the choice holds for this page only.
    }
    apply(input.value);
  });
  document.addEventListener("click", (event) => {
    const target = event.target;
    const button = target instanceof Element ? target.closest("[data-copy-link]") : null;
    if (!button) return;
    const status = button.nextElementSibling;
    const url = button.getAttribute("data-copy-link") ?? "";
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    if (!navigator.clipboard) return say(`Copiez l’adresse : ${url}`);
    navigator.clipboard.writeText(url).then(
      () => say("Lien copié."),
      () => say(`Copiez l’adresse : ${url}`),
    );
  });
}

/** The script as the page carries it. */
export function pageScriptSource(contentIdPrefix: string): string {
  return `(${pageScript.toString()})(${JSON.stringify(contentIdPrefix)})`;
}
