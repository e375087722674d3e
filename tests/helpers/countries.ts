import { type CountryEntry } from '$lib/authoring/countries/buildCountryList';
import countryList from '$lib/authoring/countries/countryList.json';

export const countries = countryList as CountryEntry[];
