import { withBasePath } from "@/lib/urls";

/**
 * What a static host serves at an old address: the browser is sent on at once, search engines
 * see the canonical address, and a reader without automatic refresh gets a link.
 */
export function RedirectNotice({ to }: { to: string }) {
  const target = withBasePath(to);
  return (
    <>
      <meta httpEquiv="refresh" content={`0; url=${target}`} />
      <link rel="canonical" href={target} />
      <h1 className="text-2xl font-bold">Cette page a déménagé</h1>
      <p className="mt-4">
        Elle se trouve désormais à l’adresse <a href={target}>{target}</a>.
      </p>
    </>
  );
}
