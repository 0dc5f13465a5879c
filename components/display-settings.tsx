/**
 * « Paramètres d'affichage »: light, dark or system theme, in a modal dialog opened and closed by
 * invoker commands (no component script). The page script of the layout remembers the choice
 * and applies it; the same script applies it before first paint on every page.
 */
const DIALOG_ID = "parametres-affichage";

const THEMES = [
  { value: "light", label: "Thème clair" },
  { value: "dark", label: "Thème sombre" },
  { value: "system", label: "Système", hint: "Suit le réglage de votre appareil" },
] as const;

export function DisplaySettings() {
  return (
    <>
      <button type="button" command="show-modal" commandfor={DIALOG_ID} className="cursor-pointer text-fg underline underline-offset-2">
        Paramètres d’affichage
      </button>
      <dialog id={DIALOG_ID} aria-labelledby={`${DIALOG_ID}-titre`} className="display-settings m-auto w-[min(32rem,calc(100%-2rem))] border border-line bg-bg p-6 text-fg">
        <h2 id={`${DIALOG_ID}-titre`} className="mb-4 text-xl font-bold">
          Paramètres d’affichage
        </h2>
        <fieldset>
          <legend className="mb-3">Choisissez un thème pour personnaliser l’apparence du site.</legend>
          <ul className="space-y-3">
            {THEMES.map((theme) => (
              <li key={theme.value}>
                <label className="flex cursor-pointer items-start gap-3">
                  <input type="radio" name="theme" value={theme.value} className="mt-1.5 accent-brand" />
                  <span>
                    {theme.label}
                    {"hint" in theme ? <span className="block text-sm text-muted">{theme.hint}</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="button" command="close" commandfor={DIALOG_ID} className="mt-6 cursor-pointer border border-brand px-4 py-2 text-brand hover:bg-brand-soft">
          Fermer
        </button>
      </dialog>
    </>
  );
}
