import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface PlacesNoteProps {
  /** The names of the municipalities the API read in the search text. */
  places: { code: string; name: string }[];
  onRemove: (name: string) => void;
}

/** "Visar träffar i Arvika ✕": the text named a place, so only what is there is listed, until removed. */
export function PlacesNote({ places, onRemove }: PlacesNoteProps) {
  const { t } = useTranslation();
  if (places.length === 0) return null;
  return (
    <ul className="place-chips">
      {places.map((place) => (
        <li key={place.code} className="place-chip">
          <span>{t('search.places', { places: place.name })}</span>
          <Button className="place-chip__remove" aria-label={t('search.removePlace', { place: place.name })} onPress={() => onRemove(place.name)}>
            <span aria-hidden="true">✕</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
