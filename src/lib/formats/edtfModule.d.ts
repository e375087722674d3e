// The `edtf` package ships no types; only what Parley uses is declared.
declare module 'edtf' {
	interface EdtfValue {
		type: string;
		min: number;
		max: number;
		precision?: number;
	}
	export default function edtf(text: string): EdtfValue;
}
