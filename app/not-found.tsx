import Link from "next/link";

export const metadata = { title: "Page introuvable" };

export default function NotFound() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold md:text-4xl">Page introuvable</h1>
      <p className="mt-4 text-lg">La page que vous cherchez n’existe pas ou a été déplacée.</p>
      <p className="mt-2">Si vous avez tapé l’adresse, vérifiez qu’elle est correcte. Si vous avez suivi un lien, il est peut-être ancien.</p>
      <ul className="mt-6 list-disc pl-6">
        <li>
          <Link href="/">Retour à la page d’accueil</Link>
        </li>
        <li>
          <Link href="/tags/">Parcourir les thématiques</Link>
        </li>
      </ul>
    </div>
  );
}
